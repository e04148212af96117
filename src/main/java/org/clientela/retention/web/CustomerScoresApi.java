package org.clientela.retention.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.clientela.platform.CsvExport;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.retention.internal.risk.RiskScoreBook;
import org.clientela.retention.internal.risk.ScoresNotReady;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every customer's risk score from the newest radar run, in bulk: pages of JSON, or the whole base
 * as a CSV file ({@code Accept: text/csv}) streamed as it is read.
 */
@RestController
@Tag(name = "Retention: customer scores", description = "The radar's risk score and rank of every customer")
class CustomerScoresApi {

    static final String PATH = "/api/v1/retention/customer-scores";
    static final int MAX_PAGE_SIZE = 1000;
    private static final String CSV = "text/csv";

    private final RiskScoreBook book;
    private final MessageSource messages;

    CustomerScoresApi(RiskScoreBook book, MessageSource messages) {
        this.book = book;
        this.messages = messages;
    }

    record ScoresResponse(LocalDate asOf, long runId, List<Item> items, int page, int size, boolean hasNext) {}

    record Item(
            long customerId,
            String customerNumber,
            int purchases,
            int daysSinceLast,
            Double pAlive,
            Double expectedPurchases,
            BigDecimal expectedValue,
            double riskScore,
            long riskRank,
            BigDecimal moneyAtRisk,
            List<String> signals) {

        static Item of(RiskScoreBook.Score s) {
            return new Item(
                    s.customerId(),
                    s.customerNumber(),
                    s.purchases(),
                    s.daysSinceLast(),
                    s.pAlive(),
                    s.expectedPurchases(),
                    s.expectedValue(),
                    s.riskScore(),
                    s.riskRank(),
                    s.moneyAtRisk(),
                    s.signals());
        }
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(RetentionRoles.READERS)
    @Operation(
            summary = "A page of customers by risk rank (1 = most at risk) from the newest radar run; asOf, when "
                    + "given, must be that run's day (409 otherwise, and when no run has scored anyone); size 1-1000")
    ScoresResponse page(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        if (page < 0) {
            throw new InvalidInputException(InputError.field("page", "retention.api.page.invalid"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException(InputError.field("size", "retention.api.size.invalid", MAX_PAGE_SIZE));
        }
        RiskScoreBook.ScorePage scores = book.page(asOf, page, size);
        return new ScoresResponse(
                scores.stamp().asOf(),
                scores.stamp().runId(),
                scores.slice().items().stream().map(Item::of).toList(),
                page,
                size,
                scores.slice().hasNext());
    }

    /**
     * The whole base, one line per customer by risk rank, written while the rows are read: the
     * download holds one database connection (and one chunk of rows) for as long as it lasts.
     */
    @GetMapping(path = PATH, produces = CSV)
    @PreAuthorize(RetentionRoles.READERS)
    @Operation(
            summary = "Every customer's score as CSV (UTF-8, by risk rank), streamed; same columns as the JSON "
                    + "items, signals separated by |")
    @ApiResponse(
            responseCode = "200",
            description = "The CSV file, one line per customer by risk rank",
            content = @Content(mediaType = CSV, schema = @Schema(type = "string")))
    void csv(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            HttpServletResponse response) {
        book.writeCsv(asOf, stamp -> {
            response.setContentType(CsvExport.CONTENT_TYPE);
            response.setHeader(
                    HttpHeaders.CONTENT_DISPOSITION, CsvExport.attachment("riesgo-clientes-" + stamp.asOf() + ".csv"));
            try {
                return response.getOutputStream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @ExceptionHandler(ScoresNotReady.class)
    ProblemDetail notReady(ScoresNotReady ex, Locale locale) {
        String detail = ex.stored() == null
                ? messages.getMessage("retention.scores.none.detail", null, locale)
                : messages.getMessage(
                        "retention.scores.otherDay.detail",
                        new Object[] {ex.stored().toString(), ex.asked().toString()},
                        locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setTitle(messages.getMessage("retention.scores.notReady.title", null, locale));
        problem.setType(URI.create("https://clientela.org/problems/"
                + (ex.stored() == null ? "no-risk-scores" : "risk-scores-of-another-day")));
        if (ex.asked() != null) {
            problem.setProperty("asOf", ex.asked().toString());
        }
        if (ex.stored() != null) {
            problem.setProperty("storedAsOf", ex.stored().toString());
        }
        problem.setProperty("radarRuns", "/api/v1/retention/radar-runs");
        return problem;
    }
}
