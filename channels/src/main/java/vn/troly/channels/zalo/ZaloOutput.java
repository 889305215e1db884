package vn.troly.channels.zalo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.troly.channels.output.ActionText;
import vn.troly.channels.output.Attachment;
import vn.troly.channels.output.ChannelFormat;
import vn.troly.channels.output.Choice;
import vn.troly.channels.output.OutputChannel;
import vn.troly.channels.output.Reply;

import java.util.List;

/**
 * Replies as OA customer-service messages: one message per piece of text (Zalo takes at most 2,000 characters), the
 * choices as oa.query.show buttons on the last one, each button's payload a typed action that comes back as the
 * person's next message. An image or file is uploaded first and then sent as a message referring to it.
 */
final class ZaloOutput implements OutputChannel {

    static final String CHANNEL = "zalo";
    /** 2,000 characters per message; Zalo shows at most 5 buttons on one message, titles up to 100 characters. */
    static final ChannelFormat FORMAT = new ChannelFormat(2000, 5, 100, 3);

    private final ZaloApi api;
    private final JsonNodeFactory json = JsonNodeFactory.instance;

    ZaloOutput(ZaloApi api) {
        this.api = api;
    }

    @Override
    public String name() {
        return CHANNEL;
    }

    @Override
    public ChannelFormat format() {
        return FORMAT;
    }

    /** Stops at the first piece Zalo does not take, so the person never gets the end of an answer without its start. */
    @Override
    public boolean deliver(String userId, Reply reply) {
        List<String> texts = reply.texts();
        for (int i = 0; i < texts.size(); i++) {
            List<Choice> buttons = i == texts.size() - 1 ? reply.choices() : List.of();
            if (!api.send(message(userId, texts.get(i), buttons))) {
                return false;
            }
        }
        Attachment file = reply.attachment();
        if (file == null) {
            return true;
        }
        // upload first, then a message that refers to it: Zalo takes no file inside a message
        return api.upload(file).map(id -> api.send(attachment(userId, file, id))).orElse(false);
    }

    /** An image as a media template with its attachment_id, a file by its upload token; the caption as the text. */
    ObjectNode attachment(String userId, Attachment file, String id) {
        ObjectNode body = json.objectNode();
        body.putObject("recipient").put("user_id", userId);
        ObjectNode message = body.putObject("message");
        if (file.image()) {
            if (file.caption() != null) {
                message.put("text", file.caption());
            }
            message.putObject("attachment").put("type", "template").putObject("payload").put("template_type", "media")
                    .putArray("elements").addObject().put("media_type", "image").put("attachment_id", id);
        } else {
            message.putObject("attachment").put("type", "file").putObject("payload").put("token", id);
        }
        return body;
    }

    ObjectNode message(String userId, String text, List<Choice> buttons) {
        ObjectNode body = json.objectNode();
        body.putObject("recipient").put("user_id", userId);
        ObjectNode message = body.putObject("message").put("text", text);
        if (!buttons.isEmpty()) {
            ArrayNode list = message.putObject("attachment").put("type", "template").putObject("payload").putArray("buttons");
            for (Choice choice : buttons) {
                list.addObject().put("title", choice.label()).put("payload", ActionText.encode(choice.action()))
                        .put("type", "oa.query.show");
            }
        }
        return body;
    }
}
