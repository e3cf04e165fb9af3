using System;
using System.Collections;
using System.Collections.Generic;

namespace PlanSdk;

/// <summary>A read-only view of part of an array, so a range query hands out its results without copying them.</summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class ArraySlice<T> : IReadOnlyList<T>
{
    private readonly T[] _array;
    private readonly int _start;

    public ArraySlice(T[] array, int start, int count)
    {
        _array = array;
        _start = start;
        Count = count;
    }

    public int Count { get; }

    public T this[int index] => (uint)index < (uint)Count ? _array[_start + index] : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _array[_start + i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
