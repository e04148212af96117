package org.clientela.retention.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clientela.retention.internal.model.TrackingCurve;
import org.junit.jupiter.api.Test;

class TrackingChartTests {

    static List<TrackingCurve.Week> weeks() {
        return List.of(
                new TrackingCurve.Week(1, 2, 1, 2, 1),
                new TrackingCurve.Week(2, 4, 6, 6, 7),
                new TrackingCurve.Week(3, 3, 2, 9, 9),
                new TrackingCurve.Week(4, 1, 0, 10, 9));
    }

    @Test
    void drawsBothCurvesInsideThePlotWithTheLineAfterTheLastWeekLearnt() {
        TrackingChart chart = TrackingChart.weekly(weeks(), 2);

        assertThat(chart.viewBox()).isEqualTo("0 0 720 280");
        String[] predicted = chart.predictedPoints().split(" ");
        String[] actual = chart.actualPoints().split(" ");
        assertThat(predicted).hasSize(4);
        assertThat(actual).hasSize(4);
        // The highest value (6, actual in week 2) is at most the top tick, and sits highest.
        double topOfActual = Double.parseDouble(actual[1].split(",")[1]);
        assertThat(topOfActual).isGreaterThanOrEqualTo(chart.top()).isLessThan(chart.bottom());
        for (String point : (chart.predictedPoints() + " " + chart.actualPoints()).split(" ")) {
            double x = Double.parseDouble(point.split(",")[0]);
            double y = Double.parseDouble(point.split(",")[1]);
            assertThat(x).isBetween(chart.left(), chart.right());
            assertThat(y).isBetween(chart.top(), chart.bottom()).isGreaterThanOrEqualTo(topOfActual);
        }
        // Between week 2 and week 3: half-way across the plot.
        assertThat(chart.calibrationX()).isEqualTo((chart.left() + chart.right()) / 2);
        assertThat(chart.yTicks().get(0).label()).isEqualTo("0");
        assertThat(chart.xTicks().get(0).label()).isEqualTo("1");
    }

    @Test
    void theCumulativeChartRisesAndTheLineIsLeftOutWhenNothingWasLearnt() {
        TrackingChart chart = TrackingChart.cumulative(weeks(), 0);

        String[] points = chart.predictedPoints().split(" ");
        for (int i = 1; i < points.length; i++) {
            assertThat(Double.parseDouble(points[i].split(",")[1]))
                    .isLessThanOrEqualTo(Double.parseDouble(points[i - 1].split(",")[1]));
        }
        assertThat(chart.calibrationX()).isEqualTo(-1);
    }

    @Test
    void tickLabelsStayShort() {
        assertThat(TrackingChart.label(500)).isEqualTo("500");
        assertThat(TrackingChart.label(2.5)).isEqualTo("2.5");
        assertThat(TrackingChart.label(40_000)).isEqualTo("40k");
        assertThat(TrackingChart.label(1_200_000)).isEqualTo("1.2M");
        assertThat(TrackingChart.niceStep(0.3)).isEqualTo(0.5);
        assertThat(TrackingChart.niceStep(130)).isEqualTo(200);
    }
}
