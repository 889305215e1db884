package vn.troly.assistant.agent;

import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.Result;
import dev.langchain4j.service.UserMessage;

/** The LangChain4j AI service: one conversation turn, with the tool calls it made. */
interface AgentChat {
    Result<String> chat(@MemoryId String conversationId, @UserMessage String message);
}
