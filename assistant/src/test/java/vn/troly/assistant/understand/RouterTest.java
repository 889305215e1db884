package vn.troly.assistant.understand;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every example of prompts/routes.yml gets its label, and every negative example gets none. */
class RouterTest {

    private static final VietnameseNormalizer NORMALIZER = new VietnameseNormalizer();
    private static final Router ROUTER = new Router(NORMALIZER);

    @TestFactory
    @SuppressWarnings("unchecked")
    List<DynamicTest> examplesAndNegatives() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map<String, Object> label : (List<Map<String, Object>>) Prompts.yaml("routes.yml").get("labels")) {
            String name = (String) label.get("name");
            for (String example : (List<String>) label.getOrDefault("examples", List.of())) {
                tests.add(DynamicTest.dynamicTest(name + ": " + example,
                        () -> assertEquals(Optional.of(name), ROUTER.route(NORMALIZER.fold(example)).map(Route::name))));
            }
            for (String negative : (List<String>) label.getOrDefault("negatives", List.of())) {
                tests.add(DynamicTest.dynamicTest(name + " not: " + negative,
                        () -> assertTrue(ROUTER.route(NORMALIZER.fold(negative)).isEmpty(), negative)));
            }
        }
        return tests;
    }
}
