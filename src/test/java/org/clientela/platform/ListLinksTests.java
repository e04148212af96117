package org.clientela.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The links of a list keep its search, filters and sort; a header click sorts or turns the order round. */
class ListLinksTests {

    private final ListLinks links = ListLinks.of("/customers", "city", ListLinks.Direction.ASC)
            .with("q", "Ferretería & hijos")
            .with("status", LifecycleLike.LOST)
            .with("blank", " ")
            .with("none", null)
            .with("off", false);

    enum LifecycleLike {
        LOST
    }

    @Test
    void keepsTheFiltersEncodedAndLeavesOutEmptyOnes() {
        assertThat(links.self()).isEqualTo("/customers?q=Ferreter%C3%ADa%20%26%20hijos&status=LOST&sort=city&dir=asc");
        assertThat(links.page(0)).isEqualTo(links.self());
        assertThat(links.page(2)).endsWith("&dir=asc&page=2");
        assertThat(links.at("/customers/export.csv")).startsWith("/customers/export.csv?q=Ferreter%C3%ADa");
        assertThat(links.filtered()).isTrue();
    }

    @Test
    void aHeaderSortsByItsColumnAndASecondClickTurnsItRound() {
        assertThat(links.sortedBy("city")).endsWith("&sort=city&dir=desc");
        assertThat(links.sortedBy("name")).endsWith("&sort=name&dir=asc");
        assertThat(links.ariaSort("city")).isEqualTo("ascending");
        assertThat(links.ariaSort("name")).isEqualTo("none");
        ListLinks turned = ListLinks.of("/orders", "total", ListLinks.Direction.of("DESC"));
        assertThat(turned.sortedBy("total")).isEqualTo("/orders?sort=total&dir=asc");
        assertThat(turned.ariaSort("total")).isEqualTo("descending");
        assertThat(ListLinks.Direction.of("sideways")).isEqualTo(ListLinks.Direction.ASC);
    }

    @Test
    void countsUpToTheCapAndThenSaysMore() {
        assertThat(ListTotal.ofCapped(303)).isEqualTo(new ListTotal(303, false));
        assertThat(ListTotal.ofCapped(ListTotal.CAP + 1)).isEqualTo(new ListTotal(ListTotal.CAP, true));
        assertThat(ListTotal.cappedCount("SELECT 1 FROM customer c"))
                .isEqualTo("SELECT COUNT(*) FROM (SELECT 1 FROM customer c LIMIT 10001) counted");
    }
}
