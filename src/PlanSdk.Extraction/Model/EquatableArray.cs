using System;
using System.Collections;
using System.Collections.Generic;

namespace PlanSdk.Extraction;

/// <summary>
/// An immutable array with value equality: two arrays are equal when they hold equal items in the
/// same order. Model records use it so that they compare by value, which the incremental source
/// generator relies on to cache its steps.
/// </summary>
/// <typeparam name="T">The item type; it should itself have value equality.</typeparam>
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly T[]? _items;

    /// <summary>Wraps <paramref name="items"/>; the array must not be changed afterwards.</summary>
    /// <param name="items">The items, in order.</param>
    public EquatableArray(T[] items) => _items = items;

    /// <summary>The number of items.</summary>
    public int Count => _items?.Length ?? 0;

    /// <summary>True when there are no items.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>The item at <paramref name="index"/>.</summary>
    /// <param name="index">A zero-based index.</param>
    public T this[int index] => Items[index];

    private T[] Items => _items ?? Array.Empty<T>();

    /// <inheritdoc />
    public bool Equals(EquatableArray<T> other)
    {
        var left = Items;
        var right = other.Items;
        if (left.Length != right.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < left.Length; i++)
        {
            if (!comparer.Equals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var comparer = EqualityComparer<T>.Default;
        var hash = 17;
        foreach (var item in Items)
        {
            hash = unchecked((hash * 31) + (item is null ? 0 : comparer.GetHashCode(item)));
        }

        return hash;
    }

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Compares two arrays by value.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns>True when they hold equal items in the same order.</returns>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Compares two arrays by value.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);
}

/// <summary>Helpers to build <see cref="EquatableArray{T}"/> values.</summary>
public static class EquatableArray
{
    /// <summary>Copies a list into an equatable array.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items, in order.</param>
    /// <returns>The array.</returns>
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items) => new(new List<T>(items).ToArray());

    /// <summary>An array with no items.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <returns>The empty array.</returns>
    public static EquatableArray<T> Empty<T>() => new(Array.Empty<T>());
}
