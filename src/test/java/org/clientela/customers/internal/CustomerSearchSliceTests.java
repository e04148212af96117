package org.clientela.customers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.clientela.customers.LifecycleStatus;
import org.clientela.platform.ListLinks.Direction;
import org.clientela.platform.PhoneNumbers;
import org.clientela.platform.Slice;
import org.clientela.support.JdbcSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The customer search's SQL on its own: prefixes of any word, filters, paging and sorting. */
@JdbcSliceTest
@Import({CustomerSearch.class, CustomerSearchSliceTests.Phones.class})
class CustomerSearchSliceTests {

    @TestConfiguration(proxyBeanMethods = false)
    static class Phones {
        @Bean
        PhoneNumbers phoneNumbers() {
            return new PhoneNumbers("34");
        }
    }

    @Autowired
    CustomerSearch search;

    @Autowired
    JdbcClient jdbc;

    long anaGarcia;
    long anabelRuiz;
    long juanAnaya;
    long anaAnaya;

    @BeforeEach
    void customers() {
        anaGarcia = customer("C-1", "Ana García", "ana garcia", "Madrid", LifecycleStatus.CUSTOMER, "ana", "garcia");
        anabelRuiz =
                customer("C-2", "Anabel Ruiz", "anabel ruiz", "Bilbao", LifecycleStatus.CUSTOMER, "anabel", "ruiz");
        juanAnaya = customer("C-3", "Juan Anaya", "juan anaya", "Cádiz", LifecycleStatus.LOST, "juan", "anaya");
        anaAnaya = customer("C-4", "Ana Anaya", "ana anaya", "Avila", LifecycleStatus.CUSTOMER, "ana", "anaya");
    }

    long customer(String number, String name, String sortName, String city, LifecycleStatus status, String... terms) {
        Timestamp now = Timestamp.from(Instant.parse("2026-01-01T10:00:00Z"));
        long id = jdbc.sql("""
                INSERT INTO customer (customer_number, kind, name, city, lifecycle_status, sort_name, created_at,
                                      updated_at)
                VALUES (:number, 'PERSON', :name, :city, :status, :sort, :now, :now)""")
                                .param("number", number)
                                .param("name", name)
                                .param("city", city)
                                .param("status", status.name())
                                .param("sort", sortName)
                                .param("now", now)
                                .update()
                        == 1
                ? jdbc.sql("SELECT id FROM customer WHERE customer_number = :n")
                        .param("n", number)
                        .query(Long.class)
                        .single()
                : -1;
        for (String term : terms) {
            jdbc.sql("INSERT INTO customer_search_term (term, customer_id) VALUES (:term, :id)")
                    .param("term", term)
                    .param("id", id)
                    .update();
        }
        return id;
    }

    static List<Long> ids(Slice<CustomerSummary> slice) {
        return slice.items().stream().map(CustomerSummary::id).toList();
    }

    @Test
    void findsTheStartOfAnyWordInTheOrderOfTheMatchedWordEachCustomerOnce() {
        // "ana" (Ana García, Ana Anaya by id), then "anabel", then "anaya" (Juan; Ana Anaya already came)
        assertThat(ids(search.search("Ana", null, null, 0, 20)))
                .containsExactly(anaGarcia, anaAnaya, anabelRuiz, juanAnaya);
    }

    @Test
    void everyWordOfTheQueryMustMatchWithoutRegardToAccentsOrCase() {
        assertThat(ids(search.search("RUIZ ana", null, null, 0, 20))).containsExactly(anabelRuiz);
        assertThat(ids(search.search("garcía", null, null, 0, 20))).containsExactly(anaGarcia);
        assertThat(ids(search.search("ana zz", null, null, 0, 20))).isEmpty();
    }

    @Test
    void filtersByLifecycleStatus() {
        assertThat(ids(search.search("ana", LifecycleStatus.LOST, null, 0, 20))).containsExactly(juanAnaya);
        assertThat(ids(search.search("", LifecycleStatus.LOST, null, 0, 20))).containsExactly(juanAnaya);
    }

    @Test
    void pagesSayWhetherAnotherFollows() {
        Slice<CustomerSummary> first = search.search("ana", null, null, 0, 3);
        Slice<CustomerSummary> second = search.search("ana", null, null, 1, 3);
        assertThat(ids(first)).containsExactly(anaGarcia, anaAnaya, anabelRuiz);
        assertThat(first.hasNext()).isTrue();
        assertThat(ids(second)).containsExactly(juanAnaya);
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void aPlainListSortsByNameOrCityEitherWay() {
        assertThat(ids(search.search("", null, CustomerSearch.Sort.NAME, 0, 20)))
                .containsExactly(anaAnaya, anaGarcia, anabelRuiz, juanAnaya);
        assertThat(ids(search.search("", null, CustomerSearch.Sort.CITY, Direction.DESC, 0, 20)))
                .containsExactly(anaGarcia, juanAnaya, anabelRuiz, anaAnaya);
        // A sorted search orders all its matches, not the order of the matched word.
        assertThat(ids(search.search("anaya", null, CustomerSearch.Sort.NAME, Direction.ASC, 0, 20)))
                .containsExactly(anaAnaya, juanAnaya);
    }

    @Test
    void wildcardsAndQuotesAreText() {
        assertThat(ids(search.search("%", null, null, 0, 20))).isEmpty();
        assertThat(ids(search.search("' OR '1'='1", null, null, 0, 20))).isEmpty();
    }
}
