package nl.methodetoets.identity;

import nl.methodetoets.common.UserMessages;
import nl.methodetoets.submission.StudyReports;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * What a {@code @WebMvcTest} slice needs besides its controller: the real security configuration (both filter
 * chains and method security; package-private, hence imported from here) and what the application's controller
 * advice needs to word problem details. The upload-size advice applies to every controller; its report settings
 * are mocked.
 */
@TestConfiguration
@Import({SecurityConfiguration.class, UserMessages.class})
public class SecuritySlice {
    @MockitoBean
    StudyReports reports;
}
