package nl.methodetoets.notification.web;

import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import nl.methodetoets.identity.SecuritySlice;
import nl.methodetoets.notification.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The outbox page in a web slice: administrators only, with the outbox module mocked. */
@WebMvcTest(controllers = OutboxPageController.class)
@SecuritySlice
class OutboxPageControllerSliceTest {
    @Autowired
    MockMvc mvc;

    @MockitoBean
    Outbox outbox;

    @Test
    void anAdministratorSeesTheOutbox() throws Exception {
        when(outbox.latest(OutboxPageController.SHOWN)).thenReturn(List.of());
        when(outbox.deliveryEnabled()).thenReturn(true);
        mvc.perform(get("/admin/outbox").with(user("beheer").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(view().name("notification/outbox"))
                .andExpect(model().attribute("shown", OutboxPageController.SHOWN))
                .andExpect(model().attribute("deliveryEnabled", true));
    }

    @Test
    void everyOtherRoleIsRefusedWithoutReadingTheOutbox() throws Exception {
        for (String role : List.of("SECRETARIAT", "CHAIR", "REVIEWER", "SUBMITTER")) {
            mvc.perform(get("/admin/outbox").with(user("iemand").roles(role)))
                    .andExpect(status().isForbidden())
                    .andExpect(view().name("error"));
        }
        verify(outbox, never()).latest(org.mockito.ArgumentMatchers.anyInt());
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/admin/outbox").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
    }
}
