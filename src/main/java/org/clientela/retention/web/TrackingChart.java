package org.clientela.retention.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.clientela.retention.internal.model.TrackingCurve;

/**
 * A tracking chart as plain SVG geometry, computed here and drawn by the template (no script, so
 * it shows with scripts off and prints as it is): predicted and actual repeat purchases week by
 * week (or cumulative), a vertical line at the end of the calibration period, labelled axes.
 *
 * @param calibrationX x of the line after the last calibration week, or -1 when it is not in the chart
 * @param middleX      x of the middle of the plot (the x axis title)
 * @param middleY      y of the middle of the plot (the y axis title, turned)
 */
record TrackingChart(
        int width,
        int height,
        double left,
        double right,
        double top,
        double bottom,
        String predictedPoints,
        String actualPoints,
        double calibrationX,
        List<Tick> xTicks,
        List<Tick> yTicks,
        String viewBox,
        double middleX,
        double middleY) {

    static final int WIDTH = 720;
    static final int HEIGHT = 280;
    private static final double LEFT = 64;
    private static final double RIGHT = 16;
    private static final double TOP = 16;
    private static final double BOTTOM = 44;

    /** A tick on an axis: where (x or y in the drawing), and its label. */
    record Tick(double at, String label) {}

    /** The chart of each week's repeat purchases. */
    static TrackingChart weekly(List<TrackingCurve.Week> weeks, int lastCalibrationWeek) {
        return of(weeks, lastCalibrationWeek, TrackingCurve.Week::predicted, TrackingCurve.Week::actual);
    }

    /** The chart of the repeat purchases summed from week 1. */
    static TrackingChart cumulative(List<TrackingCurve.Week> weeks, int lastCalibrationWeek) {
        return of(
                weeks,
                lastCalibrationWeek,
                TrackingCurve.Week::cumulativePredicted,
                TrackingCurve.Week::cumulativeActual);
    }

    private static TrackingChart of(
            List<TrackingCurve.Week> weeks,
            int lastCalibrationWeek,
            ToDoubleFunction<TrackingCurve.Week> predicted,
            ToDoubleFunction<TrackingCurve.Week> actual) {
        int n = weeks.size();
        double max = 0;
        for (TrackingCurve.Week w : weeks) {
            max = Math.max(max, Math.max(predicted.applyAsDouble(w), actual.applyAsDouble(w)));
        }
        double step = niceStep(max / 4);
        double top = Math.max(step, Math.ceil(max / step) * step);
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        // Week w is drawn at the middle of its slot; slots fill the width.
        ToDoubleFunction<Double> x = week -> LEFT + (week - 0.5) / Math.max(1, n) * plotWidth;
        ToDoubleFunction<Double> y = value -> TOP + plotHeight - value / top * plotHeight;
        StringBuilder p = new StringBuilder();
        StringBuilder a = new StringBuilder();
        for (TrackingCurve.Week w : weeks) {
            double at = x.applyAsDouble((double) w.week());
            point(p, at, y.applyAsDouble(predicted.applyAsDouble(w)));
            point(a, at, y.applyAsDouble(actual.applyAsDouble(w)));
        }
        List<Tick> yTicks = new ArrayList<>();
        for (double v = 0; v <= top + step / 2; v += step) {
            yTicks.add(new Tick(round(y.applyAsDouble(v)), label(v)));
        }
        int every = (int) niceStep(Math.max(1, n / 8.0));
        List<Tick> xTicks = new ArrayList<>();
        for (int week = 1; week <= n; week++) {
            if (week == 1 || week % every == 0) {
                xTicks.add(new Tick(round(x.applyAsDouble((double) week)), String.valueOf(week)));
            }
        }
        double line = lastCalibrationWeek >= 1 && lastCalibrationWeek < n
                ? round(LEFT + (double) lastCalibrationWeek / n * plotWidth)
                : -1;
        return new TrackingChart(
                WIDTH,
                HEIGHT,
                LEFT,
                WIDTH - RIGHT,
                TOP,
                HEIGHT - BOTTOM,
                p.toString().strip(),
                a.toString().strip(),
                line,
                xTicks,
                yTicks,
                "0 0 " + WIDTH + " " + HEIGHT,
                round((LEFT + WIDTH - RIGHT) / 2),
                round((TOP + HEIGHT - BOTTOM) / 2));
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        if (!(raw > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= raw - 1e-9) {
                return m * power;
            }
        }
        return 10 * power;
    }

    private static void point(StringBuilder points, double x, double y) {
        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
    }

    /** A tick's label, short enough for the margin: 500, 2.5, 40k, 1.2M. */
    static String label(double value) {
        if (value >= 1_000_000) {
            return trim(String.format(Locale.ROOT, "%.1f", value / 1_000_000)) + "M";
        }
        if (value >= 10_000) {
            return trim(String.format(Locale.ROOT, "%.1f", value / 1_000)) + "k";
        }
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String trim(String number) {
        return number.endsWith(".0") ? number.substring(0, number.length() - 2) : number;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
