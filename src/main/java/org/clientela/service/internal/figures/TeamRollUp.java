package org.clientela.service.internal.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clientela.service.internal.responsetimes.ResponseTimes;

/**
 * Figures per person summed up per team ({@link org.clientela.platform.Teams}): the counts add up,
 * and rates are computed again from the sums, never averaged. People without a team go together
 * under the empty name, listed last.
 */
public final class TeamRollUp {

    private TeamRollUp() {}

    /** Promises made, kept, broken and pending per team; the owner of each rate is the team's name. */
    public static List<ServiceFigures.PromiseRate> promiseRates(
            List<ServiceFigures.PromiseRate> people, Map<String, String> teams) {
        Map<String, long[]> sums = new TreeMap<>();
        for (ServiceFigures.PromiseRate p : people) {
            long[] s = sums.computeIfAbsent(teamOf(p.owner(), teams), t -> new long[4]);
            s[0] += p.made();
            s[1] += p.kept();
            s[2] += p.broken();
            s[3] += p.pending();
        }
        List<ServiceFigures.PromiseRate> rates = new ArrayList<>();
        sums.forEach((team, s) -> rates.add(new ServiceFigures.PromiseRate(team, s[0], s[1], s[2], s[3])));
        return lastWithoutTeam(rates, ServiceFigures.PromiseRate::owner);
    }

    /** Answered and resolved in time per team; the key of each row is the team's name. */
    public static List<ResponseTimes.OnTime> onTime(List<ResponseTimes.OnTime> people, Map<String, String> teams) {
        Map<String, long[]> sums = new TreeMap<>();
        for (ResponseTimes.OnTime p : people) {
            long[] s = sums.computeIfAbsent(teamOf(p.key(), teams), t -> new long[4]);
            s[0] += p.firstMet();
            s[1] += p.firstDone();
            s[2] += p.resolvedMet();
            s[3] += p.resolvedDone();
        }
        List<ResponseTimes.OnTime> rows = new ArrayList<>();
        sums.forEach((team, s) -> rows.add(new ResponseTimes.OnTime(team, s[0], s[1], s[2], s[3])));
        return lastWithoutTeam(rows, ResponseTimes.OnTime::key);
    }

    private static String teamOf(String username, Map<String, String> teams) {
        return username == null ? "" : teams.getOrDefault(username, "");
    }

    private static <T> List<T> lastWithoutTeam(List<T> rows, java.util.function.Function<T, String> name) {
        List<T> sorted = new ArrayList<>(
                rows.stream().filter(r -> !name.apply(r).isEmpty()).toList());
        sorted.addAll(rows.stream().filter(r -> name.apply(r).isEmpty()).toList());
        return sorted;
    }
}
