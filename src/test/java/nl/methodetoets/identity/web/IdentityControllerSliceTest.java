package nl.methodetoets.identity.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.methodetoets.identity.Identity;
import nl.methodetoets.identity.Organisation;
import nl.methodetoets.identity.OrganisationType;
import nl.methodetoets.identity.SecuritySlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The identity API in a web slice: roles, validation problem details and the API's 401, with the module mocked. */
@WebMvcTest(controllers = IdentityController.class)
@SecuritySlice
class IdentityControllerSliceTest {
    @Autowired
    MockMvc mvc;

    @MockitoBean
    Identity identity;

    @Test
    void anUnknownOrganisationTypeIsA422ProblemNamingTheField() throws Exception {
        mvc.perform(post("/api/organisations").with(user("beheer").roles("ADMIN"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\":\"x\",\"name\":\"X\",\"type\":\"KASTEEL\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.errors[0].field").value("type"))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
        verify(identity, never()).createOrganisation(any());
    }

    @Test
    void anUnknownRoleIsA422ProblemInEnglishWhenAskedFor() throws Exception {
        mvc.perform(post("/api/users").with(user("beheer").roles("ADMIN"))
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\":\"u\",\"name\":\"U\",\"email\":\"u@example.nl\",\"password\":\"geheim-genoeg\","
                                + "\"organisation\":\"o\",\"roles\":[\"KONING\"]}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("roles"));
        verify(identity, never()).createUser(any());
    }

    @Test
    void onlyAnAdministratorCreatesAnOrganisation() throws Exception {
        String body = "{\"id\":\"gemeente-x\",\"name\":\"Gemeente X\",\"type\":\"GEMEENTE\"}";
        for (String role : List.of("SECRETARIAT", "CHAIR", "REVIEWER", "SUBMITTER")) {
            mvc.perform(post("/api/organisations").with(user("iemand").roles(role))
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(403));
        }
        verify(identity, never()).createOrganisation(any());

        when(identity.createOrganisation(any())).thenAnswer(call -> call.getArgument(0));
        mvc.perform(post("/api/organisations").with(user("beheer").roles("ADMIN"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/organisations/gemeente-x"))
                .andExpect(jsonPath("$.type").value("GEMEENTE"));
    }

    @Test
    void theSecretariatReadsOrganisationsAndASubmitterDoesNot() throws Exception {
        when(identity.organisations()).thenReturn(List.of(new Organisation("o", "O", OrganisationType.GEMEENTE)));
        mvc.perform(get("/api/organisations").with(user("secretaris").roles("SECRETARIAT")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value("o"));
        mvc.perform(get("/api/organisations").with(user("indiener").roles("SUBMITTER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void withoutCredentialsTheApiAnswers401WithABasicChallenge() throws Exception {
        mvc.perform(get("/api/organisations"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"Methodetoets\""))
                .andExpect(jsonPath("$.status").value(401));
    }
}
