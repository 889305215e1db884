package vn.troly.knowledge.plan;

import vn.troly.knowledge.text.VietnameseNormalizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Links rows that are the same indicator in different phases of one plan ("… hài lòng …" 95% for 2026-2027 and
 * 99% for 2028-2030), so that questions about "2030" and "2026" reach the right row of one series.
 */
final class IndicatorSeries {

    private static final double SAME_INDICATOR = 0.85;

    private final VietnameseNormalizer normalizer;

    IndicatorSeries(VietnameseNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    List<Indicator> link(List<Indicator> indicators) {
        List<Indicator> linked = new ArrayList<>();
        List<Set<String>> words = indicators.stream().map(i -> words(i.name())).toList();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            String series = indicator.id();
            for (int j = 0; j < i; j++) {
                Indicator earlier = indicators.get(j);
                if (!samePeriod(earlier, indicator) && similarity(words.get(i), words.get(j)) >= SAME_INDICATOR) {
                    series = linked.get(j).seriesId();
                    break;
                }
            }
            linked.add(new Indicator(indicator.id(), indicator.communeId(), series, indicator.source(), indicator.name(),
                    indicator.unit(), indicator.targets(), indicator.lead(), indicator.implementers(),
                    indicator.coordinating(), indicator.deadline(), indicator.legalBasis(), indicator.tasks(),
                    indicator.note()));
        }
        return linked;
    }

    private static boolean samePeriod(Indicator a, Indicator b) {
        List<String> pa = a.targets().stream().map(Target::period).toList();
        List<String> pb = b.targets().stream().map(Target::period).toList();
        return pa.equals(pb);
    }

    private Set<String> words(String name) {
        return new HashSet<>(Arrays.asList(normalizer.fold(name).replaceAll("[^a-z0-9 ]", " ").trim().split("\\s+")));
    }

    private static double similarity(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return union.isEmpty() ? 0 : (double) common.size() / union.size();
    }
}
