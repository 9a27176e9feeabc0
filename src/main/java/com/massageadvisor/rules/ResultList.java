package com.massageadvisor.rules;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A list of a result, filled by the rules of this package and then handed to a result
 * record, which keeps it as it is ({@link #take}) where it copies any other list: each
 * list of a recommendation is built once, never copied. Nothing outside this package can
 * add to it, and the {@link List} methods that would change it throw
 * {@link UnsupportedOperationException}, as those of {@link List#copyOf} do. Like those,
 * it holds no nulls.
 *
 * @param <E> the element type
 */
final class ResultList<E> extends AbstractList<E> implements RandomAccess {

	private Object[] elements;

	private int size;

	/**
	 * An empty list to fill.
	 * @param capacity how many elements it will hold at most (it grows if need be)
	 */
	ResultList(int capacity) {
		this.elements = new Object[Math.max(capacity, 1)];
	}

	/**
	 * Adds an element; only while the list is being filled, before it is handed over.
	 * @param element the element
	 */
	void append(E element) {
		Objects.requireNonNull(element);
		if (this.size == this.elements.length) {
			this.elements = Arrays.copyOf(this.elements, 2 * this.size);
		}
		this.elements[this.size++] = element;
	}

	@Override
	@SuppressWarnings("unchecked")
	public E get(int index) {
		Objects.checkIndex(index, this.size);
		return (E) this.elements[index];
	}

	@Override
	public int size() {
		return this.size;
	}

	/**
	 * The list a result record keeps.
	 * @param <E> the element type
	 * @param list a list given to the record
	 * @return the list itself when the rules built it, otherwise an unmodifiable copy
	 */
	static <E> List<E> take(List<E> list) {
		return (list instanceof ResultList) ? list : List.copyOf(list);
	}

}
