package com.massageadvisor.checkin;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import com.massageadvisor.rules.RedFlag;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a check-in's red flags as one comma-separated column, in declaration order. */
@Converter
class RedFlagsConverter implements AttributeConverter<Set<RedFlag>, String> {

	@Override
	public String convertToDatabaseColumn(Set<RedFlag> values) {
		EnumSet<RedFlag> sorted = EnumSet.noneOf(RedFlag.class);
		sorted.addAll(values);
		return sorted.stream().map(Enum::name).collect(Collectors.joining(","));
	}

	@Override
	public Set<RedFlag> convertToEntityAttribute(String column) {
		EnumSet<RedFlag> values = EnumSet.noneOf(RedFlag.class);
		if (!column.isEmpty()) {
			Arrays.stream(column.split(",")).map(RedFlag::valueOf).forEach(values::add);
		}
		return Collections.unmodifiableSet(values);
	}

}
