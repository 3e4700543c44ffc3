using System;
using System.IO;

namespace KeyAccount.Cli.Input;

/// <summary>
/// Cuts a CSV byte stream into chunks of whole rows, in order, for parsers running in parallel.
/// A chunk ends after a line feed that lies outside quotes, so a quoted field with line breaks is
/// never cut; each chunk carries the physical line number it starts on. Callers hold their own
/// buffer; <see cref="TryNext"/> is safe to call from several threads.
/// </summary>
/// <remarks>
/// Whether a line feed is inside quotes follows from the parity of the quotes before it (an
/// escaped quote <c>""</c> counts twice), the rule the row parser also follows, so the cut never
/// depends on where a read happened to end. A row that grows past <see cref="MaxRowBytes"/>
/// without a line feed outside quotes stops the input (a quote that is not closed would otherwise
/// pull the rest of a file of any size into memory).
/// </remarks>
internal sealed class CsvChunkSource
{
    /// <summary>The longest row accepted, in bytes (16 MiB, the order of the maximum of common CSV readers).</summary>
    public const int MaxRowBytes = 1 << 24;

    private readonly Stream _stream;
    private readonly string _fileName;
    private readonly int _chunkBytes;
    private readonly object _gate = new();
    private byte[] _carry = new byte[4096];
    private int _carryLength;
    private bool _atStart = true;
    private bool _endOfStream;
    private long _nextLine = 1;
    private long _bytesRead;
    private bool _stopped;

    /// <param name="stream">The CSV bytes; a UTF-8 byte-order mark at the start is skipped.</param>
    /// <param name="fileName">The input's name, for messages.</param>
    /// <param name="chunkBytes">The bytes read per chunk (at least 1); a chunk holds whole rows, so it can be longer.</param>
    public CsvChunkSource(Stream stream, string fileName, int chunkBytes)
    {
        _stream = stream;
        _fileName = fileName;
        _chunkBytes = Math.Max(1, chunkBytes);
    }

    /// <summary>The bytes read from the stream so far.</summary>
    public long BytesRead => _bytesRead;

    /// <summary>Hands out no more chunks (after an error: the rows after it need not be read).</summary>
    public void Stop()
    {
        lock (_gate)
        {
            _stopped = true;
        }
    }

    /// <summary>
    /// Fills <paramref name="buffer"/> (grown as needed) with the next whole rows: only the first
    /// row when <paramref name="firstRowOnly"/> (the header). At the end of the stream the last
    /// chunk holds the rest, even without a final line feed or with a quote left open.
    /// </summary>
    /// <returns>False when the stream is exhausted or <see cref="Stop"/> was called.</returns>
    /// <exception cref="CsvRowException">A row is longer than <see cref="MaxRowBytes"/>.</exception>
    public bool TryNext(ref byte[] buffer, bool firstRowOnly, out Chunk chunk)
    {
        lock (_gate)
        {
            try
            {
                return TryNextLocked(ref buffer, firstRowOnly, out chunk);
            }
            catch (CsvRowException)
            {
                // No other thread may go on from the state this read left behind.
                _stopped = true;
                throw;
            }
        }
    }

    private bool TryNextLocked(ref byte[] buffer, bool firstRowOnly, out Chunk chunk)
    {
        chunk = default;
        if (_stopped || (_endOfStream && _carryLength == 0))
        {
            return false;
        }

        if (buffer.Length < _carryLength + _chunkBytes)
        {
            buffer = new byte[Math.Max(_carryLength + _chunkBytes, buffer.Length * 2)];
        }

        _carry.AsSpan(0, _carryLength).CopyTo(buffer);
        var filled = _carryLength;
        var searched = 0;
        var quotesBefore = 0L;
        int end;
        while (true)
        {
            if (filled + _chunkBytes > buffer.Length)
            {
                Array.Resize(ref buffer, Math.Max(buffer.Length * 2, filled + _chunkBytes));
            }

            var target = filled + _chunkBytes;
            while (!_endOfStream && filled < target)
            {
                var read = _stream.Read(buffer, filled, target - filled);
                if (read == 0)
                {
                    _endOfStream = true;
                }

                filled += read;
                _bytesRead += read;
            }

            if (_atStart)
            {
                if (filled < 3 && !_endOfStream)
                {
                    continue;
                }

                _atStart = false;
                if (buffer.AsSpan(0, filled).StartsWith("\uFEFF"u8))
                {
                    buffer.AsSpan(3, filled - 3).CopyTo(buffer);
                    filled -= 3;
                }
                else if (buffer.AsSpan(0, filled).StartsWith([(byte)0xFF, (byte)0xFE]) || buffer.AsSpan(0, filled).StartsWith([(byte)0xFE, (byte)0xFF]))
                {
                    throw new CsvRowException(1, $"{_fileName}:1: the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8, which is what keyaccount reads.");
                }
            }

            end = firstRowOnly ? FirstRowEnd(buffer.AsSpan(0, filled), ref searched, ref quotesBefore) : LastRowEnd(buffer.AsSpan(searched, filled - searched), quotesBefore);
            if (end >= 0 && !firstRowOnly)
            {
                end += searched;
            }

            if (end >= 0 && filled > MaxRowBytes && FirstRowLength(buffer.AsSpan(0, filled), firstRowOnly ? end : -1, searched, quotesBefore) > MaxRowBytes)
            {
                throw RowTooLong(buffer.AsSpan(0, filled));
            }

            if (end >= 0 || (_endOfStream && filled <= MaxRowBytes))
            {
                break;
            }

            if (!firstRowOnly)
            {
                quotesBefore += buffer.AsSpan(searched, filled - searched).Count((byte)'"');
                searched = filled;
            }

            if (filled > MaxRowBytes)
            {
                throw RowTooLong(buffer.AsSpan(0, filled));
            }
        }

        var length = end >= 0 ? end + 1 : filled;
        _carryLength = filled - length;
        if (_carry.Length < _carryLength)
        {
            _carry = new byte[Math.Max(_carryLength, _carry.Length * 2)];
        }

        buffer.AsSpan(length, _carryLength).CopyTo(_carry);
        chunk = new Chunk(length, _nextLine, _endOfStream && _carryLength == 0);
        _nextLine += buffer.AsSpan(0, length).Count((byte)'\n');
        return true;
    }

    private CsvRowException RowTooLong(ReadOnlySpan<byte> row) => new(_nextLine, FormattableString.Invariant(
        $"{_fileName}:{_nextLine}: the row that begins on this line is longer than {MaxRowBytes:N0} bytes; ") +
        (row.Contains((byte)'"') ? "a quote is probably not closed (a quoted field runs on over the following lines)." : "the line has no line end (is this a CSV file?)."));

    /// <summary>
    /// The length of the first row of <paramref name="bytes"/>: <paramref name="firstEnd"/> + 1 when
    /// known, otherwise up to the first line feed outside quotes at or after <paramref name="from"/>
    /// (no row ends before it; <paramref name="quotes"/> quotes precede it).
    /// </summary>
    private static long FirstRowLength(ReadOnlySpan<byte> bytes, int firstEnd, int from, long quotes) =>
        (firstEnd >= 0 ? firstEnd : FirstRowEnd(bytes, ref from, ref quotes)) + 1L;

    /// <summary>The index of the last line feed outside quotes in <paramref name="bytes"/>, or -1; <paramref name="quotesBefore"/> quotes precede it.</summary>
    private static int LastRowEnd(ReadOnlySpan<byte> bytes, long quotesBefore)
    {
        var quotes = quotesBefore + bytes.Count((byte)'"');
        var end = bytes.Length;
        while (true)
        {
            var feed = bytes[..end].LastIndexOf((byte)'\n');
            if (feed < 0)
            {
                return -1;
            }

            quotes -= bytes[(feed + 1)..end].Count((byte)'"');
            if ((quotes & 1) == 0)
            {
                return feed;
            }

            end = feed;
        }
    }

    /// <summary>The index of the first line feed outside quotes in <paramref name="bytes"/>, or -1; scanning resumes at <paramref name="from"/>.</summary>
    private static int FirstRowEnd(ReadOnlySpan<byte> bytes, ref int from, ref long quotes)
    {
        for (var i = from; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'"')
            {
                quotes++;
            }
            else if (bytes[i] == (byte)'\n' && (quotes & 1) == 0)
            {
                return i;
            }
        }

        from = bytes.Length;
        return -1;
    }

    /// <summary>A chunk of whole rows at the start of the caller's buffer.</summary>
    /// <param name="Length">The bytes of the chunk.</param>
    /// <param name="FirstLine">The physical line number (from 1) of its first byte.</param>
    /// <param name="IsLast">Whether it ends the input.</param>
    internal readonly record struct Chunk(int Length, long FirstLine, bool IsLast);
}
