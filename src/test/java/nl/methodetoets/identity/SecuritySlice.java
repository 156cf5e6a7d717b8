package nl.methodetoets.identity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.methodetoets.common.UserMessages;
import nl.methodetoets.submission.StudyReports;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * What a {@code @WebMvcTest} slice needs besides its controller: the real security configuration (both filter
 * chains and method security; package-private, hence imported from here) and what the application's controller
 * advice needs to word problem details. The upload-size advice applies to every controller; its report settings
 * are mocked, and so is the sign-in lockout (its filter runs in every slice; nothing is locked there).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Import({SecurityConfiguration.class, UserMessages.class})
@MockitoBean(types = {StudyReports.class, LoginLockout.class})
public @interface SecuritySlice {
}
