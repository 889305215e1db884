package vn.troly.knowledge.plan;

import vn.troly.knowledge.text.VietnameseNormalizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Links rows that are the same indicator in different phases of one plan ("… hài lòng …" 95% for 2026-2027 and
 * 99% for 2028-2030), so that questions about "2030" and "2026" reach the right row of one series.
 */
final class IndicatorSeries {

    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private static final double SAME_INDICATOR = 0.85;

    private final VietnameseNormalizer normalizer;

    IndicatorSeries(VietnameseNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    List<Indicator> link(List<Indicator> indicators) {
        List<Indicator> linked = new ArrayList<>();
        List<Set<String>> words = indicators.stream().map(i -> words(i.name())).toList();
        List<List<String>> periods = indicators.stream().map(i -> i.targets().stream().map(Target::period).toList()).toList();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            String series = indicator.id();
            for (int j = 0; j < i; j++) {
                if (!periods.get(i).equals(periods.get(j)) && similarity(words.get(i), words.get(j)) >= SAME_INDICATOR) {
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

    private Set<String> words(String name) {
        return new HashSet<>(Arrays.asList(NON_ALNUM.matcher(normalizer.fold(name)).replaceAll(" ").trim().split(" +")));
    }

    private static double similarity(Set<String> a, Set<String> b) {
        int common = 0;
        for (String word : a) {
            if (b.contains(word)) {
                common++;
            }
        }
        int union = a.size() + b.size() - common;
        return union == 0 ? 0 : (double) common / union;
    }
}
