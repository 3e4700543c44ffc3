using System;
using System.IO;
using System.Threading;
using Microsoft.Win32.SafeHandles;

namespace KeyAccount.Cli.Input;

/// <summary>
/// Cuts a CSV byte stream into chunks of whole rows, in order, for parsers running in parallel.
/// A chunk ends after a line feed that lies outside quotes, so a quoted field with line breaks is
/// never cut; each chunk carries the physical line number it starts on. Callers hold their own
/// buffer; <see cref="TryNext"/> is safe to call from several threads.
/// </summary>
/// <remarks>
/// <para>
/// Each call takes the next block of the input (numbered in input order), reads it and counts its
/// quotes and line feeds with no lock held: from a file by position, so that the threads read at
/// once; from any other stream under a lock, in order. Only then are the blocks stitched, one
/// after another in their order: the row left open at the end of one block (the carry) is put in
/// front of the next, and the block is cut after its last line feed outside quotes. Stitching
/// touches only the carry and the end of the block, so the threads spend next to no time waiting
/// for each other.
/// </para>
/// <para>
/// Whether a line feed is inside quotes follows from the parity of the quotes before it (an
/// escaped quote <c>""</c> counts twice), the rule the row parser also follows, so the cut never
/// depends on where a block happens to end. A row longer than <see cref="MaxRowBytes"/> stops the
/// input (a quote that is not closed would otherwise pull the rest of a file of any size into memory).
/// </para>
/// </remarks>
internal sealed class CsvChunkSource
{
    /// <summary>The longest row accepted, in bytes (16 MiB, the order of the maximum of common CSV readers).</summary>
    public const int MaxRowBytes = 1 << 24;

    /// <summary>The room kept in front of a block for the carry; a longer carry moves the block to a larger buffer.</summary>
    private const int CarryRoom = 4096;

    private readonly Stream _stream;
    private readonly SafeFileHandle? _file;
    private readonly string _fileName;
    private readonly int _chunkBytes;
    private readonly object _gate = new();
    private readonly object _readGate = new();

    // Read position of the header; once it is read, where block 0 of a file starts.
    private long _position;
    private long _claimed;
    private long _bytesRead;

    // Stitching state, under _gate: the next block to stitch, the carry and its counts.
    private long _stitched;
    private byte[] _carry = new byte[CarryRoom];
    private int _carryLength;
    private long _carryQuotes;
    private long _carryFeeds;
    private long _nextLine = 1;
    private bool _sawEnd;
    private bool _ended;
    private volatile bool _stopped;

    /// <param name="stream">The CSV bytes; a UTF-8 byte-order mark at the start is skipped. A seekable <see cref="FileStream"/> is read by position from its current position.</param>
    /// <param name="fileName">The input's name, for messages.</param>
    /// <param name="chunkBytes">The bytes read per block (at least 1); a chunk holds whole rows, so it can be longer.</param>
    public CsvChunkSource(Stream stream, string fileName, int chunkBytes)
    {
        _stream = stream;
        _fileName = fileName;
        _chunkBytes = Math.Max(1, chunkBytes);
        if (stream is FileStream { CanSeek: true } file)
        {
            _position = file.Position;
            _file = file.SafeFileHandle;
        }
    }

    /// <summary>The bytes read from the stream so far.</summary>
    public long BytesRead => Interlocked.Read(ref _bytesRead);

    /// <summary>Hands out no more chunks (after an error: the rows after it need not be read).</summary>
    public void Stop()
    {
        lock (_gate)
        {
            _stopped = true;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>
    /// Reads the header: the first row, up to and with its line feed. Call once, before
    /// <see cref="TryNext"/>; what was read past the header is the start of the first chunk.
    /// </summary>
    /// <returns>The header row's bytes (empty for an empty input).</returns>
    /// <exception cref="CsvRowException">The input is UTF-16, or the header is longer than <see cref="MaxRowBytes"/>.</exception>
    public ReadOnlySpan<byte> ReadHeader()
    {
        var buffer = new byte[CarryRoom];
        var filled = 0;
        var searched = 0;
        var quotes = 0L;
        var atStart = true;
        var end = -1;
        var endOfStream = false;
        while (true)
        {
            if (filled == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = ReadInOrder(buffer.AsSpan(filled));
            endOfStream = read == 0;
            filled += read;
            if (atStart)
            {
                if (filled < 3 && !endOfStream)
                {
                    continue;
                }

                atStart = false;
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

            end = FirstRowEnd(buffer.AsSpan(0, filled), ref searched, ref quotes);
            if (end >= 0 || endOfStream || filled > MaxRowBytes)
            {
                break;
            }
        }

        var length = end >= 0 ? end + 1 : filled;
        if (length > MaxRowBytes)
        {
            throw RowTooLong(buffer.AsSpan(0, length));
        }

        // The rest is the carry the first block is stitched to (it may hold whole rows).
        _carryLength = filled - length;
        if (_carry.Length < _carryLength)
        {
            _carry = new byte[_carryLength];
        }

        var rest = buffer.AsSpan(length, _carryLength);
        rest.CopyTo(_carry);
        _carryQuotes = rest.Count((byte)'"');
        _carryFeeds = rest.Count((byte)'\n');
        _nextLine = 1 + buffer.AsSpan(0, length).Count((byte)'\n');
        _sawEnd = endOfStream;
        return buffer.AsSpan(0, length);
    }

    /// <summary>
    /// Puts the next whole rows in <paramref name="buffer"/> (grown or replaced as needed), at
    /// <see cref="Chunk.Start"/>. At the end of the stream the last chunk holds the rest, even
    /// without a final line feed or with a quote left open.
    /// </summary>
    /// <returns>False when the stream is exhausted or <see cref="Stop"/> was called.</returns>
    /// <exception cref="CsvRowException">A row is longer than <see cref="MaxRowBytes"/>.</exception>
    public bool TryNext(ref byte[] buffer, out Chunk chunk)
    {
        chunk = default;
        while (!_stopped)
        {
            if (buffer.Length < CarryRoom + _chunkBytes)
            {
                buffer = new byte[CarryRoom + _chunkBytes];
            }

            long block;
            int read;
            try
            {
                (block, read) = ReadBlock(buffer.AsSpan(CarryRoom, _chunkBytes));
            }
            catch
            {
                Stop();
                throw;
            }

            // Counted here, on every thread at once, so that stitching need not look at the whole block.
            var data = buffer.AsSpan(CarryRoom, read);
            var quotes = data.Count((byte)'"');
            var feeds = data.Count((byte)'\n');
            lock (_gate)
            {
                while (_stitched != block && !_stopped)
                {
                    Monitor.Wait(_gate);
                }

                if (_stopped)
                {
                    return false;
                }

                try
                {
                    var outcome = Stitch(ref buffer, read, quotes, feeds, out chunk);
                    if (outcome != Outcome.NothingYet)
                    {
                        return outcome == Outcome.Chunk;
                    }
                }
                catch (CsvRowException)
                {
                    // No other thread may go on from the state this block left behind.
                    _stopped = true;
                    throw;
                }
                finally
                {
                    _stitched++;
                    Monitor.PulseAll(_gate);
                }
            }
        }

        return false;
    }

    /// <summary>Claims the next block and reads it (by position from a file; in order, under a lock, from any other stream).</summary>
    private (long Block, int Read) ReadBlock(Span<byte> into)
    {
        if (_file is not null)
        {
            var block = Interlocked.Increment(ref _claimed) - 1;
            return (block, Fill(into, _position + (block * _chunkBytes)));
        }

        lock (_readGate)
        {
            return (_claimed++, Fill(into, -1));
        }
    }

    /// <summary>Fills <paramref name="into"/> from the file at <paramref name="offset"/>, or from the stream when it is -1; fewer bytes only at the end of the input.</summary>
    private int Fill(Span<byte> into, long offset)
    {
        var filled = 0;
        while (filled < into.Length)
        {
            var read = offset >= 0 ? RandomAccess.Read(_file!, into[filled..], offset + filled) : _stream.Read(into[filled..]);
            if (read == 0)
            {
                break;
            }

            filled += read;
        }

        Interlocked.Add(ref _bytesRead, filled);
        return filled;
    }

    /// <summary>Reads the next bytes of the header in order (by position from a file).</summary>
    private int ReadInOrder(Span<byte> into)
    {
        var read = _file is not null ? RandomAccess.Read(_file, into, _position) : _stream.Read(into);
        _position += read;
        Interlocked.Add(ref _bytesRead, read);
        return read;
    }

    /// <summary>
    /// Joins the carry and the <paramref name="read"/> bytes of the block at <see cref="CarryRoom"/>
    /// in <paramref name="buffer"/> (with <paramref name="quotes"/> quotes and <paramref name="feeds"/>
    /// line feeds), and cuts them after the last line feed outside quotes. Under the lock.
    /// </summary>
    private Outcome Stitch(ref byte[] buffer, int read, long quotes, long feeds, out Chunk chunk)
    {
        chunk = default;
        if (_ended)
        {
            return Outcome.End;
        }

        if (_sawEnd)
        {
            // A block past the end (or after a short read: a file that grew while read is not
            // followed) adds nothing.
            read = 0;
            quotes = 0;
            feeds = 0;
        }
        else if (read < _chunkBytes)
        {
            _sawEnd = true;
        }

        // The carry goes right in front of the block, so that the chunk is one span.
        var start = CarryRoom - _carryLength;
        if (start < 0)
        {
            var larger = new byte[_carryLength + read + CarryRoom];
            buffer.AsSpan(CarryRoom, read).CopyTo(larger.AsSpan(_carryLength));
            buffer = larger;
            start = 0;
        }

        _carry.AsSpan(0, _carryLength).CopyTo(buffer.AsSpan(start));
        var text = buffer.AsSpan(start, _carryLength + read);
        var totalQuotes = _carryQuotes + quotes;
        var totalFeeds = _carryFeeds + feeds;

        if (read == 0)
        {
            // The end of the input: the carry is the last chunk.
            _ended = true;
            if (text.Length == 0)
            {
                return Outcome.End;
            }

            CheckFirstRow(text);
            chunk = new Chunk(start, text.Length, _nextLine);
            _nextLine += totalFeeds;
            _carryLength = 0;
            return Outcome.Chunk;
        }

        var end = LastRowEnd(text, totalQuotes);
        if (end < 0)
        {
            // No row ends here: the whole text waits for the next block.
            if (text.Length > MaxRowBytes)
            {
                throw RowTooLong(text);
            }

            Keep(text, totalQuotes, totalFeeds);
            return Outcome.NothingYet;
        }

        var rows = text[..(end + 1)];
        CheckFirstRow(rows);
        var tail = text[(end + 1)..];
        var tailQuotes = tail.Count((byte)'"');
        var tailFeeds = tail.Count((byte)'\n');
        chunk = new Chunk(start, rows.Length, _nextLine);
        _nextLine += totalFeeds - tailFeeds;
        Keep(tail, tailQuotes, tailFeeds);
        return Outcome.Chunk;
    }

    /// <summary>Makes <paramref name="text"/> the carry.</summary>
    private void Keep(ReadOnlySpan<byte> text, long quotes, long feeds)
    {
        if (_carry.Length < text.Length)
        {
            _carry = new byte[Math.Max(text.Length, _carry.Length * 2)];
        }

        text.CopyTo(_carry);
        _carryLength = text.Length;
        _carryQuotes = quotes;
        _carryFeeds = feeds;
    }

    /// <summary>Refuses the first row of <paramref name="rows"/> (which starts a row) when it is longer than <see cref="MaxRowBytes"/>.</summary>
    private void CheckFirstRow(ReadOnlySpan<byte> rows)
    {
        if (rows.Length <= MaxRowBytes)
        {
            return;
        }

        var from = 0;
        var quotes = 0L;
        var end = FirstRowEnd(rows, ref from, ref quotes);
        var length = end >= 0 ? end + 1 : rows.Length;
        if (length > MaxRowBytes)
        {
            throw RowTooLong(rows[..length]);
        }
    }

    private CsvRowException RowTooLong(ReadOnlySpan<byte> row) => new(_nextLine, FormattableString.Invariant(
        $"{_fileName}:{_nextLine}: the row that begins on this line is longer than {MaxRowBytes:N0} bytes; ") +
        (row.Contains((byte)'"') ? "a quote is probably not closed (a quoted field runs on over the following lines)." : "the line has no line end (is this a CSV file?)."));

    /// <summary>The index of the last line feed outside quotes in <paramref name="bytes"/>, or -1; <paramref name="quotes"/> is the number of quotes in it.</summary>
    private static int LastRowEnd(ReadOnlySpan<byte> bytes, long quotes)
    {
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

    private enum Outcome
    {
        Chunk,
        NothingYet,
        End,
    }

    /// <summary>A chunk of whole rows in the caller's buffer.</summary>
    /// <param name="Start">Where it starts in the buffer.</param>
    /// <param name="Length">The bytes of the chunk.</param>
    /// <param name="FirstLine">The physical line number (from 1) of its first byte.</param>
    internal readonly record struct Chunk(int Start, int Length, long FirstLine);
}
