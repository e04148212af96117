package org.clientela.sales.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The business-case API on a whole application: the figures of the check vectors, bad input
 * naming its field, a case kept on a prospect and read back, and who may do which.
 */
abstract class BusinessCaseApiTests {

    static final String VECTOR =
            "{\"cashFlows\":[-10000,3000,4000,5000,2000],\"periodsPerYear\":1,\"annualDiscountRate\":0.10}";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    final String marker = UUID.randomUUID().toString().substring(0, 8);

    static RequestPostProcessor as(String name, String role) {
        return user(name).roles(role);
    }

    ResultActions postJson(String path, String body, RequestPostProcessor who) throws Exception {
        return mvc.perform(post(path)
                .with(who)
                .with(csrf())
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    long prospect(String owner) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                        INSERT INTO sales_prospect (name, sort_name, source, owner_username, created_at, updated_at)
                        VALUES (:name, :sort, 'COLD', :owner, :now, :now)""")
                .param("name", "Ferretería Teide " + marker)
                .param("sort", "ferreteria teide " + marker)
                .param("owner", owner)
                .param("now", now)
                .update(key, "id");
        return key.getKey().longValue();
    }

    long proposal(long prospect, String seller) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                        INSERT INTO sales_activity (prospect_id, seller_username, kind, at, amount, recorded_at)
                        VALUES (:p, :seller, 'PROPOSAL', :now, 10000, :now)""")
                .param("p", prospect)
                .param("seller", seller)
                .param("now", now)
                .update(key, "id");
        return key.getKey().longValue();
    }

    @Test
    void theFirstCheckVectorHasItsFiguresWithRatesAsFractions() throws Exception {
        postJson("/api/v1/business-cases/calculate", VECTOR, as("ana", "SALES"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.npv").value(closeTo(1155.66, 0.001)))
                .andExpect(jsonPath("$.irr").value(closeTo(0.153221, 0.0000005)))
                .andExpect(jsonPath("$.irrNote").value(nullValue()))
                .andExpect(jsonPath("$.roi").value(closeTo(0.40, 1e-9)))
                .andExpect(jsonPath("$.paybackYears").value(closeTo(2.60, 1e-9)))
                .andExpect(jsonPath("$.discountedPaybackYears").value(closeTo(3.154, 0.0005)));
    }

    @Test
    void theSecondCheckVectorLosesMoneyAndIsNeverRepaidDiscounted() throws Exception {
        postJson(
                        "/api/v1/business-cases/calculate",
                        "{\"cashFlows\":[-1000,300,400,500],\"periodsPerYear\":1,\"annualDiscountRate\":0.10}",
                        as("vera", "VIEWER"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.npv").value(closeTo(-21.04, 0.001)))
                .andExpect(jsonPath("$.irr").value(closeTo(0.088963, 0.0000005)))
                .andExpect(jsonPath("$.discountedPaybackYears").value(nullValue()));
    }

    @Test
    void twoInternalRatesGiveNoIrrAndANoteWithBoth() throws Exception {
        postJson(
                        "/api/v1/business-cases/calculate",
                        "{\"cashFlows\":[-100,230,-132],\"periodsPerYear\":1,\"annualDiscountRate\":0.10}",
                        as("ana", "SALES"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.irr").value(nullValue()))
                .andExpect(jsonPath("$.irrRates.length()").value(2))
                .andExpect(jsonPath("$.irrNote").value(containsString("10.0%")))
                .andExpect(jsonPath("$.irrNote").value(containsString("20.0%")));
    }

    @Test
    void badInputIsAProblemNamingEachField() throws Exception {
        postJson(
                        "/api/v1/business-cases/calculate",
                        "{\"cashFlows\":[-100,20,30,null],\"periodsPerYear\":4,\"annualDiscountRate\":-1}",
                        as("ana", "SALES"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("cashFlows[3]"))
                .andExpect(jsonPath("$.errors[1].field").value("periodsPerYear"))
                .andExpect(jsonPath("$.errors[2].field").value("annualDiscountRate"));
        postJson(
                        "/api/v1/business-cases/calculate",
                        "{\"cashFlows\":[],\"periodsPerYear\":1,\"annualDiscountRate\":0.1}",
                        as("ana", "SALES"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("cashFlows"));
        postJson(
                        "/api/v1/business-cases/calculate",
                        "{\"cashFlows\":[-100,\"lots\"],\"periodsPerYear\":1,\"annualDiscountRate\":0.1}",
                        as("ana", "SALES"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("cashFlows[1]"));
    }

    @Test
    void aCaseKeptOnASellersProposalIsReadBackWithItsProspectAndFigures() throws Exception {
        long prospect = prospect("ana");
        long proposal = proposal(prospect, "ana");
        String body = postJson("/api/v1/business-cases", """
                        {"title":"Ahorro en papel","activityId":%d,"cashFlows":[-10000,3000,4000,5000,2000.004],
                         "periodsPerYear":1,"annualDiscountRate":0.10,"notes":"Cifras del cliente"}""".formatted(proposal), as("ana", "SALES"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/business-cases/")))
                .andExpect(jsonPath("$.prospectId").value(prospect))
                .andExpect(jsonPath("$.cashFlows[4]").value(2000.0))
                .andExpect(jsonPath("$.figures.irr").value(closeTo(0.153221, 0.0000005)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        mvc.perform(get("/api/v1/business-cases/" + id).with(as("ana", "SALES")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Ahorro en papel"))
                .andExpect(jsonPath("$.prospectName").value("Ferretería Teide " + marker))
                .andExpect(jsonPath("$.activityId").value(proposal))
                .andExpect(jsonPath("$.createdBy").value("ana"))
                .andExpect(jsonPath("$.figures.npv").value(closeTo(1155.66, 0.001)));
        mvc.perform(get("/api/v1/business-cases/" + id).with(as("vera", "VIEWER")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/business-cases/" + id).with(as("bruno", "SALES")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/business-cases/" + id).with(as("sara", "SERVICE")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aSellerCannotKeepACaseOnAnotherSellersProspectAndNothingIsKept() throws Exception {
        long prospect = prospect("bruno");
        String body =
                "{\"title\":\"T\",\"prospectId\":%d,\"cashFlows\":[-1,2],\"periodsPerYear\":1,\"annualDiscountRate\":0.1}"
                        .formatted(prospect);
        postJson("/api/v1/business-cases", body, as("ana", "SALES")).andExpect(status().isForbidden());
        assertThat(kept(prospect)).isZero();
        postJson("/api/v1/business-cases", body, as("vera", "VIEWER")).andExpect(status().isForbidden());
        postJson("/api/v1/business-cases", body, as("mario", "MANAGER")).andExpect(status().isCreated());
        assertThat(kept(prospect)).isOne();
    }

    @Test
    void serviceAndAnonymousPeopleAreRefused() throws Exception {
        postJson("/api/v1/business-cases/calculate", VECTOR, as("sara", "SERVICE"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/business-cases/calculate")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(VECTOR))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aCaseWithoutTitleOrOnAMissingProspectNamesTheField() throws Exception {
        postJson(
                        "/api/v1/business-cases",
                        "{\"title\":\" \",\"prospectId\":-5,\"cashFlows\":[-1,2],\"periodsPerYear\":12,\"annualDiscountRate\":0.1}",
                        as("mario", "MANAGER"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[1].field").value("prospectId"));
    }

    long kept(long prospect) {
        return jdbc.sql("SELECT COUNT(*) FROM sales_business_case WHERE prospect_id = :p")
                .param("p", prospect)
                .query(Long.class)
                .single();
    }
}
