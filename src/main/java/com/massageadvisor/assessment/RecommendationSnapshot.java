package com.massageadvisor.assessment;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import com.massageadvisor.rules.Message;
import com.massageadvisor.rules.Recommendation;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Writes a recommendation to JSON for storage and reads it back unchanged, so that an old
 * assessment shows the plan the client saw whatever the rules say today. Message
 * arguments keep their type: whole numbers as numbers, amounts of money as
 * {@code {"decimal": "80.00"}}, nested messages as objects. Public: check-ins store the
 * plans they produce the same way.
 *
 * <p>
 * Stored compressed ({@link #pack}): the JSON of a plan is about 3.7 KB and repeats its
 * keys, and deflated (zlib format, {@link Deflater#BEST_COMPRESSION}) it is about a
 * quarter of that. {@link #inflate} gives the JSON back (UTF-8), for a migration or
 * anyone reading the database by hand.
 */
public final class RecommendationSnapshot {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.addModule(new SimpleModule("recommendation-snapshot").addSerializer(Message.class, new MessageSerializer())
			.addDeserializer(Message.class, new MessageDeserializer()))
		.build();

	private RecommendationSnapshot() {
	}

	public static String write(Recommendation recommendation) {
		return MAPPER.writeValueAsString(recommendation);
	}

	public static Recommendation read(String json) {
		return MAPPER.readValue(json, Recommendation.class);
	}

	/**
	 * The plan as stored: its JSON, deflated.
	 * @param recommendation the plan
	 * @return the compressed JSON
	 */
	public static byte[] pack(Recommendation recommendation) {
		return deflate(write(recommendation));
	}

	/**
	 * Reads a plan stored by {@link #pack}.
	 * @param packed the compressed JSON
	 * @return the plan
	 */
	public static Recommendation unpack(byte[] packed) {
		return read(inflate(packed));
	}

	/**
	 * Compresses a plan's JSON as {@link #pack} does (for migrations, which hold the
	 * JSON).
	 * @param json the JSON
	 * @return the compressed JSON
	 */
	public static byte[] deflate(String json) {
		byte[] input = json.getBytes(StandardCharsets.UTF_8);
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
		try {
			deflater.setInput(input);
			deflater.finish();
			ByteArrayOutputStream out = new ByteArrayOutputStream(input.length / 3 + 64);
			byte[] buffer = new byte[4096];
			while (!deflater.finished()) {
				out.write(buffer, 0, deflater.deflate(buffer));
			}
			return out.toByteArray();
		}
		finally {
			deflater.end();
		}
	}

	/**
	 * The JSON of a plan stored by {@link #pack}.
	 * @param packed the compressed JSON
	 * @return the JSON
	 */
	public static String inflate(byte[] packed) {
		Inflater inflater = new Inflater();
		try {
			inflater.setInput(packed);
			ByteArrayOutputStream out = new ByteArrayOutputStream(packed.length * 5);
			byte[] buffer = new byte[8192];
			while (!inflater.finished()) {
				int n = inflater.inflate(buffer);
				if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
					throw new IllegalArgumentException("Truncated plan snapshot");
				}
				out.write(buffer, 0, n);
			}
			return out.toString(StandardCharsets.UTF_8);
		}
		catch (DataFormatException ex) {
			throw new IllegalArgumentException("Not a plan snapshot", ex);
		}
		finally {
			inflater.end();
		}
	}

	private static final class MessageSerializer extends ValueSerializer<Message> {

		@Override
		public void serialize(Message message, JsonGenerator generator, SerializationContext context) {
			generator.writeStartObject();
			generator.writeStringProperty("key", message.key());
			generator.writeName("args");
			generator.writeStartArray();
			for (Object arg : message.args()) {
				if (arg instanceof Message nested) {
					serialize(nested, generator, context);
				}
				else if (arg instanceof BigDecimal decimal) {
					generator.writeStartObject();
					generator.writeStringProperty("decimal", decimal.toPlainString());
					generator.writeEndObject();
				}
				else {
					generator.writeNumber(((Number) arg).longValue());
				}
			}
			generator.writeEndArray();
			generator.writeEndObject();
		}

	}

	private static final class MessageDeserializer extends ValueDeserializer<Message> {

		@Override
		public Message deserialize(JsonParser parser, DeserializationContext context) {
			return message(context.readTree(parser));
		}

		private static Message message(JsonNode node) {
			List<Object> args = new ArrayList<>();
			for (JsonNode arg : node.get("args").values()) {
				if (arg.has("key")) {
					args.add(message(arg));
				}
				else if (arg.has("decimal")) {
					args.add(new BigDecimal(arg.get("decimal").asString()));
				}
				else if (arg.canConvertToInt()) {
					args.add(arg.intValue());
				}
				else {
					args.add(arg.longValue());
				}
			}
			return new Message(node.get("key").asString(), args);
		}

	}

}
