using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Unicode;

namespace KeyAccount.Cli.Input;

/// <summary>
/// Parses chunks of whole CSV rows (UTF-8 bytes) into one <see cref="ClientSumTable"/>: the id and
/// amount columns of every row. One parser per thread; the tables of all parsers are merged after.
/// </summary>
/// <remarks>
/// Quotes follow RFC 4180 and one rule for malformed input: every quote toggles quoting (an escaped
/// quote <c>""</c> inside a quoted field adds a quote and toggles twice), which is what
/// <see cref="CsvChunkSource"/> relies on to cut chunks. Lines end with LF or CRLF. A quoted field
/// that spans more than <see cref="MaxQuotedLines"/> lines, or runs to the end of the input, is an
/// error naming the line where the quote opened.
/// </remarks>
internal sealed class CsvAmountParser
{
    /// <summary>The most line breaks one quoted field may hold; more means a quote is probably not closed.</summary>
    public const int MaxQuotedLines = 1000;

    private const byte Quote = (byte)'"';
    private const byte LineFeed = (byte)'\n';

    private readonly CsvLayout _layout;
    private readonly SearchValues<byte> _stops;
    private byte[] _idScratch = new byte[256];
    private byte[] _valueScratch = new byte[256];
    private byte[] _trimScratch = new byte[256];
    private readonly RowBatch _batch = new();

    // Written with the values of the touched table slots, so that touching them is not optimised away.
    private int _sink;

    public CsvAmountParser(CsvLayout layout)
    {
        _layout = layout;
        _stops = SearchValues.Create([layout.Delimiter, LineFeed, Quote]);
    }

    /// <summary>The clients and totals of the rows parsed so far.</summary>
    public ClientSumTable Table { get; } = new();

    /// <summary>The data rows parsed so far (blank lines are not rows).</summary>
    public long Rows { get; private set; }

    /// <summary>Splits the header row into its column names (unquoted, trimmed).</summary>
    /// <exception cref="CsvRowException">A quote in the header is not closed.</exception>
    public static List<string> HeaderNames(ReadOnlySpan<byte> row, byte delimiter, string fileName)
    {
        var parser = new CsvAmountParser(new CsvLayout(fileName, delimiter, "", 0, "", 0, true));
        var names = new List<string>();
        var pos = 0;
        long line = 1;
        var ended = false;
        while (!ended)
        {
            var field = parser.Field(row, ref pos, ref line, 1, out ended);
            names.Add(Encoding.UTF8.GetString(field).Trim());
        }

        return names;
    }

    /// <summary>Parses the rows of <paramref name="chunk"/>, whose first byte is on line <paramref name="line"/>.</summary>
    /// <exception cref="CsvRowException">The first bad row of the chunk.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Parse(ReadOnlySpan<byte> chunk, long line)
    {
        try
        {
            ParseRows(chunk, line);
        }
        catch (CsvRowException)
        {
            // The rows before the bad one count (a repeated id among them is reported first).
            Flush();
            throw;
        }

        Flush();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ParseRows(ReadOnlySpan<byte> chunk, long line)
    {
        // Most exports quote nothing: a chunk without a quote is split by a vector scan for the
        // delimiter and the line feed. A chunk with a quote anywhere takes the general path.
        if (Vector256.IsHardwareAccelerated && chunk.IndexOf(Quote) < 0)
        {
            ParseUnquotedRows(chunk, line);
            return;
        }

        var pos = 0;
        while (pos < chunk.Length)
        {
            ParseRow(chunk, ref pos, ref line);
        }
    }

    /// <summary>
    /// The rows of a chunk that holds no quote: each 32 bytes are compared with the delimiter and
    /// the line feed at once, and the field ends are read off the bits. A row that is not an
    /// ordinary data row (fewer columns than needed, or a single column that may be a blank line)
    /// is handed to <see cref="ParseRow"/>, so that it is skipped or reported exactly as on the
    /// general path.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ParseUnquotedRows(ReadOnlySpan<byte> chunk, long line)
    {
        var layout = _layout;
        var idIndex = layout.IdIndex;
        var valueIndex = layout.ValueIndex;
        var needed = layout.Needed;
        var delimiter = layout.Delimiter;
        var delimiters = Vector256.Create(delimiter);
        var lineFeeds = Vector256.Create(LineFeed);
        ref var start = ref MemoryMarshal.GetReference(chunk);
        var length = chunk.Length;
        var column = 0;
        var fieldStart = 0;
        var rowStart = 0;
        int idStart = 0, idEnd = 0, valueStart = 0, valueEnd = 0;
        for (var block = 0; block < length; block += 32)
        {
            uint stops;
            if (block + 32 <= length)
            {
                var bytes = Vector256.LoadUnsafe(ref start, (nuint)block);
                stops = (Vector256.Equals(bytes, delimiters) | Vector256.Equals(bytes, lineFeeds)).ExtractMostSignificantBits();
            }
            else
            {
                stops = 0;
                for (var i = block; i < length; i++)
                {
                    if (chunk[i] == delimiter || chunk[i] == LineFeed)
                    {
                        stops |= 1u << (i - block);
                    }
                }
            }

            while (stops != 0)
            {
                var at = block + BitOperations.TrailingZeroCount(stops);
                stops &= stops - 1;
                if (column == idIndex)
                {
                    idStart = fieldStart;
                    idEnd = at;
                }
                else if (column == valueIndex)
                {
                    valueStart = fieldStart;
                    valueEnd = at;
                }

                column++;
                fieldStart = at + 1;
                if (chunk[at] == LineFeed)
                {
                    EndUnquotedRow(chunk, rowStart, at, column, needed, idStart, idEnd, valueStart, valueEnd, line);
                    line++;
                    column = 0;
                    rowStart = at + 1;
                }
            }
        }

        if (rowStart < length)
        {
            // The last row of the input, without a line feed.
            if (column == idIndex)
            {
                idStart = fieldStart;
                idEnd = length;
            }
            else if (column == valueIndex)
            {
                valueStart = fieldStart;
                valueEnd = length;
            }

            EndUnquotedRow(chunk, rowStart, length, column + 1, needed, idStart, idEnd, valueStart, valueEnd, line);
        }
    }

    /// <summary>Adds a row found by <see cref="ParseUnquotedRows"/> that ends at <paramref name="end"/> (its line feed, or the end of the input).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EndUnquotedRow(ReadOnlySpan<byte> chunk, int rowStart, int end, int columns, int needed, int idStart, int idEnd, int valueStart, int valueEnd, long line)
    {
        if (columns < needed || columns == 1)
        {
            var pos = rowStart;
            ParseRow(chunk, ref pos, ref line);
            return;
        }

        // Only the row's last field can end in the CR of a CRLF.
        if (idEnd == end && idEnd > idStart && chunk[idEnd - 1] == (byte)'\r')
        {
            idEnd--;
        }

        if (valueEnd == end && valueEnd > valueStart && chunk[valueEnd - 1] == (byte)'\r')
        {
            valueEnd--;
        }

        Add(chunk[idStart..idEnd], chunk[valueStart..valueEnd], line);
    }

    /// <summary>Parses the row at <paramref name="pos"/> (skipping a blank line) and moves past it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ParseRow(ReadOnlySpan<byte> chunk, scoped ref int pos, scoped ref long line)
    {
        var layout = _layout;
        var rowLine = line;
        var columns = 0;
        var ended = false;
        var blank = false;
        ReadOnlySpan<byte> id = default;
        ReadOnlySpan<byte> value = default;
        while (!ended && columns < layout.Needed)
        {
            var role = columns == layout.IdIndex ? 1 : columns == layout.ValueIndex ? 2 : 0;
            var field = Field(chunk, ref pos, ref line, role, out ended);
            if (columns == 0)
            {
                blank = IsBlank(field);
            }

            if (role == 1)
            {
                id = field;
            }
            else if (role == 2)
            {
                value = field;
            }

            columns++;
        }

        while (!ended)
        {
            Field(chunk, ref pos, ref line, 0, out ended);
            columns++;
        }

        line++;
        if (columns == 1 && blank)
        {
            return;
        }

        if (columns < layout.Needed)
        {
            throw Error(rowLine, $"the row has {columns} column(s), but the column '{(layout.IdIndex >= layout.ValueIndex ? layout.IdColumn : layout.ValueColumn)}' is column {layout.Needed} of the header.");
        }

        Add(id, value, rowLine);
    }

    /// <summary>Checks a row's id and amount and stages it in the batch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Add(ReadOnlySpan<byte> id, ReadOnlySpan<byte> value, long line)
    {
        var key = TrimId(id, line);
        if (key.IsEmpty)
        {
            throw Error(line, $"the client id in column '{_layout.IdColumn}' is empty.");
        }

        if (!ExactAmount.TryParse(value, out var mantissa, out var scale, out var isLarge, out var large))
        {
            throw ValueError(value, line);
        }

        if (_batch.Count == RowBatch.Size)
        {
            Flush();
        }

        _batch.Stage(key, ClientSumTable.Hash(key), mantissa, scale, isLarge, large, line);
    }

    /// <summary>
    /// Adds the staged rows to the table, in order. Their table slots are touched first, all at
    /// once, so that the cache misses of a batch overlap instead of following one another.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Flush()
    {
        var batch = _batch;
        _sink ^= Table.Touch(batch.Hashes);
        for (var i = 0; i < batch.Count; i++)
        {
            var key = batch.Key(i);
            var line = batch.Lines[i];
            bool added;
            try
            {
                added = batch.IsLarge[i]
                    ? Table.Add(key, batch.Hashes[i], batch.Large[i], line)
                    : Table.Add(key, batch.Hashes[i], batch.Mantissas[i], batch.Scales[i], line);
            }
            catch (OverflowException)
            {
                // The table marks the client's total; the reading goes on, and the total is
                // reported at the client's first line when the totals are collected, as it is when
                // the parts of it summed on other threads overflow together (so the message does not
                // depend on the threads). Without --aggregate only a repeated id is summed, and the
                // repetition is reported first.
                added = false;
            }

            if (added && !Utf8.IsValid(key))
            {
                var error = InvalidUtf8(key, line);
                batch.Clear();
                throw error;
            }

            Rows++;
        }

        batch.Clear();
    }

    /// <summary>
    /// The id as <see cref="KeyAccount.Core.ClientId"/> keeps it (trimmed of white space), as UTF-8;
    /// ids with ASCII, non-blank ends are taken as they are.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ReadOnlySpan<byte> TrimId(ReadOnlySpan<byte> id, long line)
    {
        if (id.Length > 0 && id[0] is > 0x20 and < 0x80 && id[^1] is > 0x20 and < 0x80)
        {
            return id;
        }

        if (!Utf8.IsValid(id))
        {
            throw InvalidUtf8(id, line);
        }

        var trimmed = Encoding.UTF8.GetString(id).Trim();
        var length = Encoding.UTF8.GetByteCount(trimmed);
        if (_trimScratch.Length < length)
        {
            _trimScratch = new byte[Math.Max(length, _trimScratch.Length * 2)];
        }

        return _trimScratch.AsSpan(0, Encoding.UTF8.GetBytes(trimmed, _trimScratch));
    }

    private CsvRowException InvalidUtf8(ReadOnlySpan<byte> id, long line)
    {
        Utf8.ToUtf16(id, new char[id.Length], out var valid, out _, replaceInvalidSequences: false);
        var shown = InputText.Shorten(Encoding.UTF8.GetString(id));
        return Error(line, $"the client id '{shown}' in column '{_layout.IdColumn}' is not valid UTF-8 (byte 0x{id[valid]:X2} at byte {valid + 1} of the id); save the file as UTF-8.");
    }

    private CsvRowException ValueError(ReadOnlySpan<byte> value, long line) =>
        new(line, FormattableString.Invariant($"{_layout.FileName}:{line}: ") + InputText.NotAnAmount(Encoding.UTF8.GetString(value), _layout.ValueColumn));

    private CsvRowException Error(long line, FormattableString message) =>
        new(line, FormattableString.Invariant($"{_layout.FileName}:{line}: ") + FormattableString.Invariant(message));

    private static bool IsBlank(ReadOnlySpan<byte> field) => field.IndexOfAnyExcept((byte)' ', (byte)'\t', (byte)'\r') < 0;

    /// <summary>
    /// The field at <paramref name="pos"/>: its bytes, unquoted (into a scratch buffer for
    /// <paramref name="role"/> 1, the id, or 2, the amount; other fields are only skipped), without
    /// the CR of a CRLF. Moves <paramref name="pos"/> past the delimiter or line feed that ends it
    /// and <paramref name="line"/> past the line feeds inside quotes.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ReadOnlySpan<byte> Field(ReadOnlySpan<byte> chunk, scoped ref int pos, scoped ref long line, int role, out bool rowEnded)
    {
        var rest = chunk[pos..];
        var stop = rest.IndexOfAny(_stops);
        if (stop >= 0 && rest[stop] != Quote)
        {
            pos += stop + 1;
            rowEnded = rest[stop] == LineFeed;
            var field = rest[..stop];
            return rowEnded && field.Length > 0 && field[^1] == (byte)'\r' ? field[..^1] : field;
        }

        if (stop < 0)
        {
            pos = chunk.Length;
            rowEnded = true;
            return rest.Length > 0 && rest[^1] == (byte)'\r' ? rest[..^1] : rest;
        }

        return QuotedField(chunk, ref pos, ref line, role, out rowEnded);
    }

    private ReadOnlySpan<byte> QuotedField(ReadOnlySpan<byte> chunk, scoped ref int pos, scoped ref long line, int role, out bool rowEnded)
    {
        var delimiter = _layout.Delimiter;
        ref var scratch = ref role == 1 ? ref _idScratch : ref _valueScratch;
        var keep = role != 0;
        var length = 0;
        var quoted = false;
        var quoteLine = 0L;
        var linesInQuote = 0;
        var last = (byte)0;
        var i = pos;
        while (i < chunk.Length)
        {
            var b = chunk[i];
            if (quoted)
            {
                if (b == Quote)
                {
                    if (i + 1 < chunk.Length && chunk[i + 1] == Quote)
                    {
                        Put(ref scratch, ref length, Quote, keep);
                        last = Quote;
                        i += 2;
                        continue;
                    }

                    quoted = false;
                    last = Quote;
                    i++;
                    continue;
                }

                if (b == LineFeed)
                {
                    line++;
                    if (++linesInQuote > MaxQuotedLines)
                    {
                        throw Error(quoteLine, $"the quote opened on this line spans more than {MaxQuotedLines:N0} lines; it is probably not closed.");
                    }
                }
            }
            else if (b == Quote)
            {
                quoted = true;
                quoteLine = line;
                linesInQuote = 0;
                i++;
                continue;
            }
            else if (b == delimiter || b == LineFeed)
            {
                pos = i + 1;
                rowEnded = b == LineFeed;
                if (rowEnded && length > 0 && last == (byte)'\r')
                {
                    length--;
                }

                return Result(scratch, length, keep);
            }

            Put(ref scratch, ref length, b, keep);
            last = b;
            i++;
        }

        if (quoted)
        {
            throw Error(quoteLine, $"the quote opened on this line is not closed before the end of the file.");
        }

        pos = chunk.Length;
        rowEnded = true;
        return Result(scratch, length, keep);
    }

    /// <summary>The field kept, or for a field only skipped a stand-in that tells only whether it was empty.</summary>
    private static ReadOnlySpan<byte> Result(byte[] scratch, int length, bool keep) =>
        keep ? scratch.AsSpan(0, length) : length == 0 ? default : "x"u8;

    private static void Put(ref byte[] scratch, ref int length, byte b, bool keep)
    {
        if (!keep)
        {
            length++;
            return;
        }

        if (length == scratch.Length)
        {
            Array.Resize(ref scratch, scratch.Length * 2);
        }

        scratch[length++] = b;
    }
}

/// <summary>Where the columns of <c>keyaccount pareto</c> are in a CSV, and how its rows are read.</summary>
/// <param name="FileName">The input's name, for messages.</param>
/// <param name="Delimiter">The column separator (ASCII).</param>
/// <param name="IdColumn">The header name of the id column.</param>
/// <param name="IdIndex">Its index (from 0).</param>
/// <param name="ValueColumn">The header name of the amount column.</param>
/// <param name="ValueIndex">Its index (from 0).</param>
/// <param name="Aggregate">Whether rows of one client are summed (otherwise a repeated id is an error).</param>
internal sealed record CsvLayout(string FileName, byte Delimiter, string IdColumn, int IdIndex, string ValueColumn, int ValueIndex, bool Aggregate)
{
    /// <summary>The columns a row needs: up to the later of the two.</summary>
    public int Needed => Math.Max(IdIndex, ValueIndex) + 1;
}
