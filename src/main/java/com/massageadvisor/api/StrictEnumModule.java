package com.massageadvisor.api;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.stereotype.Component;

/**
 * Reads a choice (an enum) only from its exact name. Jackson's own enum reader is lenient
 * in two ways the contract does not allow: it takes a number for the index of a constant
 * ({@code "goal": 0} is {@code RELAXATION}) and it trims blanks and control characters
 * around a name ({@code " SWEDISH"}, {@code "\u0000SWEDISH"}). A plan made of guessed
 * answers is worse than a clear "must be one of", so both are refused, with the path of
 * the field. A component, so that Spring Boot adds it to the application's JSON mapper
 * (and {@code @WebMvcTest} slices too).
 */
@Component
class StrictEnumModule extends SimpleModule {

	StrictEnumModule() {
		super(StrictEnumModule.class.getSimpleName());
		setDeserializerModifier(new ValueDeserializerModifier() {

			@Override
			public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
					BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
				return new ExactNameDeserializer(type.getRawClass());
			}

		});
	}

	/** The constant whose name is exactly the string read, or an error. */
	static final class ExactNameDeserializer extends StdScalarDeserializer<Object> {

		private final Map<String, Object> byName;

		ExactNameDeserializer(Class<?> type) {
			super(type);
			this.byName = Arrays.stream(type.getEnumConstants())
				.collect(Collectors.toUnmodifiableMap((constant) -> ((Enum<?>) constant).name(), Function.identity()));
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) {
			if (!parser.hasToken(JsonToken.VALUE_STRING)) {
				return context.handleUnexpectedToken(handledType(), parser);
			}
			String text = parser.getString();
			Object constant = this.byName.get(text);
			return (constant != null) ? constant
					: context.handleWeirdStringValue(handledType(), text, "not the exact name of a choice");
		}

	}

}
