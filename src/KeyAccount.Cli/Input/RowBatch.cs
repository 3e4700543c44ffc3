using System;
using System.Runtime.CompilerServices;

namespace KeyAccount.Cli.Input;

/// <summary>A few parsed rows (id bytes, hash, amount, line) waiting to be added to a <see cref="ClientSumTable"/> together.</summary>
internal sealed class RowBatch
{
    /// <summary>The rows per batch: enough for their cache misses to overlap.</summary>
    public const int Size = 16;

    private readonly uint[] _hashes = new uint[Size];
    private readonly int[] _keyStarts = new int[Size];
    private readonly int[] _keyLengths = new int[Size];
    private byte[] _keys = new byte[Size * 32];
    private int _keysLength;

    public int Count { get; private set; }

    public ReadOnlySpan<uint> Hashes => _hashes.AsSpan(0, Count);

    public long[] Mantissas { get; } = new long[Size];

    public int[] Scales { get; } = new int[Size];

    public bool[] IsLarge { get; } = new bool[Size];

    public decimal[] Large { get; } = new decimal[Size];

    public long[] Lines { get; } = new long[Size];

    public ReadOnlySpan<byte> Key(int index) => _keys.AsSpan(_keyStarts[index], _keyLengths[index]);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Stage(ReadOnlySpan<byte> key, uint hash, long mantissa, int scale, bool isLarge, decimal large, long line)
    {
        if (_keysLength + key.Length > _keys.Length)
        {
            Array.Resize(ref _keys, Math.Max(_keys.Length * 2, _keysLength + key.Length));
        }

        key.CopyTo(_keys.AsSpan(_keysLength));
        var i = Count++;
        _keyStarts[i] = _keysLength;
        _keyLengths[i] = key.Length;
        _keysLength += key.Length;
        _hashes[i] = hash;
        Mantissas[i] = mantissa;
        Scales[i] = scale;
        IsLarge[i] = isLarge;
        Large[i] = large;
        Lines[i] = line;
    }

    public void Clear()
    {
        Count = 0;
        _keysLength = 0;
    }
}
