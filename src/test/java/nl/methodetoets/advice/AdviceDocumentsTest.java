package nl.methodetoets.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.methodetoets.advice.AdviceDocument.Member;
import nl.methodetoets.advice.AdviceDocument.MemberRole;
import nl.methodetoets.identity.Role;
import nl.methodetoets.identity.UserAccount;

class AdviceDocumentsTest {

    private static UserAccount user(String id, String name, String organisation, Role... roles) {
        return new UserAccount(id, name, id + "@example.nl", organisation, Set.of(roles));
    }

    @Test
    void everyoneOnceUnderTheirHighestRoleTheChairFirstAndNoAdminOnly() {
        UserAccount chair = user("vz", "Zeger Voorzitter", "uu", Role.CHAIR, Role.REVIEWER);
        UserAccount reviewer = user("r1", "Bep Beoordelaar", "ut", Role.REVIEWER);
        UserAccount reviewerAndSecretary = user("r2", "Anna Ambtenaar", "bzk", Role.SECRETARIAT, Role.REVIEWER);
        UserAccount secretary = user("s1", "Cor Secretaris", "bzk", Role.SECRETARIAT);
        UserAccount admin = user("admin", "Beheerder", "system", Role.ADMIN);
        UserAccount submitter = user("sub", "Indiener", "gem", Role.SUBMITTER);
        // as AdviceDocuments asks: the chairs, then the reviewers, then the secretariat (people with several roles repeat)
        List<UserAccount> people = List.of(chair, secretary, reviewerAndSecretary, reviewer, chair, reviewerAndSecretary,
                secretary, admin, submitter);

        List<Member> commission = AdviceDocuments.commission(people, Map.of("uu", "Universiteit Utrecht",
                "ut", "Universiteit Twente", "bzk", "Ministerie van BZK"));

        assertThat(commission).containsExactly(
                new Member("Zeger Voorzitter", MemberRole.CHAIR, "Universiteit Utrecht"),
                new Member("Anna Ambtenaar", MemberRole.MEMBER, "Ministerie van BZK"),
                new Member("Bep Beoordelaar", MemberRole.MEMBER, "Universiteit Twente"),
                new Member("Cor Secretaris", MemberRole.SECRETARIAT, "Ministerie van BZK"));
    }

    @Test
    void anUnknownOrganisationIsShownByItsId() {
        assertThat(AdviceDocuments.commission(List.of(user("r1", "Bep", "verdwenen", Role.REVIEWER)), Map.of()))
                .containsExactly(new Member("Bep", MemberRole.MEMBER, "verdwenen"));
    }

    @Test
    void downloadsAreNamedAfterTheYearAndTheConcept() {
        assertThat(AdviceDownload.fileName(2012, 3)).isEqualTo("jaaradvies-2012-concept-3.pdf");
        assertThat(AdviceDownload.fileName(2012, 0)).isEqualTo("jaaradvies-2012.pdf");
    }
}
