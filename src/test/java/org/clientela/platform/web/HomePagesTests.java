package org.clientela.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.clientela.platform.HomeCard;
import org.clientela.platform.Role;
import org.junit.jupiter.api.Test;

/** Which cards a person gets, and whose home is their day. */
class HomePagesTests {

    private final HomeCard everybody = HomeCard.of("all", "t", "/a", 20, HomeCard.everyone());
    private final HomeCard managers = HomeCard.of("money", "t", "/m", 10, Role.ADMIN, Role.MANAGER);

    @Test
    void aCardShowsOnlyToTheRolesItNames() {
        List<HomeCard> cards = List.of(managers, everybody);

        assertThat(HomePages.visibleTo(cards, Set.of("ROLE_VIEWER"))).containsExactly(everybody);
        assertThat(HomePages.visibleTo(cards, Set.of("ROLE_MANAGER"))).containsExactly(managers, everybody);
        assertThat(HomePages.visibleTo(cards, Set.of("ROLE_SALES", "ROLE_ADMIN")))
                .containsExactly(managers, everybody);
        assertThat(HomePages.visibleTo(cards, Set.of())).isEmpty();
    }

    @Test
    void theCardsComeInTheirPositions() {
        var controller = new HomePages(List.of(everybody, managers));
        var model = new org.springframework.ui.ExtendedModelMap();
        var admin = new org.springframework.security.authentication.TestingAuthenticationToken("a", "p", "ROLE_ADMIN");

        assertThat(controller.home(admin, model)).isEqualTo("platform/home");
        assertThat(model.get("cards")).isEqualTo(List.of(managers, everybody));
    }

    @Test
    void aServiceOrSalesPersonWhoDoesNotRunTheBusinessLandsOnTheirDay() {
        assertThat(HomePages.dayIsHome(Set.of("ROLE_SERVICE"))).isTrue();
        assertThat(HomePages.dayIsHome(Set.of("ROLE_SALES"))).isTrue();
        assertThat(HomePages.dayIsHome(Set.of("ROLE_SALES", "ROLE_MANAGER"))).isFalse();
        assertThat(HomePages.dayIsHome(Set.of("ROLE_SERVICE", "ROLE_SALES"))).isTrue();
        assertThat(HomePages.dayIsHome(Set.of("ROLE_SERVICE", "ROLE_MANAGER"))).isFalse();
        assertThat(HomePages.dayIsHome(Set.of("ROLE_SERVICE", "ROLE_ADMIN"))).isFalse();
        assertThat(HomePages.dayIsHome(Set.of("ROLE_VIEWER"))).isFalse();
    }
}
