package com.massageadvisor.assessment;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import com.massageadvisor.rules.Condition;
import com.massageadvisor.rules.RedFlag;
import com.massageadvisor.rules.Sign;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a set of enum values as one comma-separated column, in declaration order, so
 * that an assessment is one row and the staff list needs no join.
 *
 * @param <E> the enum type
 */
public abstract class EnumSetConverter<E extends Enum<E>> implements AttributeConverter<Set<E>, String> {

	private final Class<E> type;

	EnumSetConverter(Class<E> type) {
		this.type = type;
	}

	@Override
	public String convertToDatabaseColumn(Set<E> values) {
		EnumSet<E> sorted = EnumSet.noneOf(this.type);
		sorted.addAll(values);
		return sorted.stream().map(Enum::name).collect(Collectors.joining(","));
	}

	@Override
	public Set<E> convertToEntityAttribute(String column) {
		EnumSet<E> values = EnumSet.noneOf(this.type);
		if (!column.isEmpty()) {
			Arrays.stream(column.split(",")).map((name) -> Enum.valueOf(this.type, name)).forEach(values::add);
		}
		return Collections.unmodifiableSet(values);
	}

	@Converter
	static class Conditions extends EnumSetConverter<Condition> {

		Conditions() {
			super(Condition.class);
		}

	}

	/** Red flags, also those of check-ins (module checkin). */
	@Converter
	public static class RedFlags extends EnumSetConverter<RedFlag> {

		public RedFlags() {
			super(RedFlag.class);
		}

	}

	static class Signs extends EnumSetConverter<Sign> {

		Signs() {
			super(Sign.class);
		}

	}

}
