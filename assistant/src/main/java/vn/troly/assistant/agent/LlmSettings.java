package vn.troly.assistant.agent;

import java.time.Duration;

/**
 * How to reach an OpenAI-compatible model (OpenAI, vLLM, or Ollama's /v1).
 *
 * @param baseUrl      API base, e.g. "http://127.0.0.1:11434/v1"; empty disables the agent
 * @param model        model name
 * @param apiKey       key, or empty for servers without one
 * @param timeout      the whole turn's budget; past it the default engine answers
 * @param maxToolCalls tool calls allowed per turn
 */
public record LlmSettings(String baseUrl, String model, String apiKey, Duration timeout, int maxToolCalls) {

    public boolean enabled() {
        return baseUrl != null && !baseUrl.isBlank() && model != null && !model.isBlank();
    }
}
