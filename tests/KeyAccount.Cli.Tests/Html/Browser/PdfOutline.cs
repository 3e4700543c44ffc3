using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace KeyAccount.Cli.Tests.Html.Browser;

/// <summary>
/// The outline (bookmarks) of a PDF as Chromium prints it: each entry's title and the number (from
/// 1) of the page it points to. Read from the file's objects directly; Chromium's PDFs keep these
/// objects uncompressed.
/// </summary>
internal static class PdfOutline
{
    public static List<(string Title, int Page)> Read(string pdf)
    {
        var objects = new Dictionary<int, string>();
        foreach (Match m in Regex.Matches(pdf, "(?m)^(\\d+) 0 obj\\s*(.*?)endobj", RegexOptions.Singleline))
        {
            objects[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)] = m.Groups[2].Value;
        }

        var pageOrder = PageOrder(objects);
        var entries = new List<(string, int)>();
        foreach (var body in objects.Values.Where(b => b.Contains("/Title", StringComparison.Ordinal) && (b.Contains("/Dest", StringComparison.Ordinal) || b.Contains("/A", StringComparison.Ordinal))))
        {
            var title = Regex.Match(body, "/Title\\s*(\\((?:\\\\.|[^\\\\)])*\\)|<[0-9A-Fa-f\\s]*>)");
            var dest = Regex.Match(body, "/D(?:est)?\\s*\\[\\s*(\\d+) 0 R");
            if (title.Success)
            {
                var page = dest.Success && pageOrder.TryGetValue(int.Parse(dest.Groups[1].Value, CultureInfo.InvariantCulture), out var p) ? p : 0;
                entries.Add((Decode(title.Groups[1].Value), page));
            }
        }

        return entries;
    }

    /// <summary>Page objects in reading order, from the page tree (its /Kids, depth first).</summary>
    private static Dictionary<int, int> PageOrder(Dictionary<int, string> objects)
    {
        var order = new Dictionary<int, int>();
        var root = objects.FirstOrDefault(o => Regex.IsMatch(o.Value, "/Type\\s*/Pages") && !o.Value.Contains("/Parent", StringComparison.Ordinal));
        void Walk(int id)
        {
            if (!objects.TryGetValue(id, out var body))
            {
                return;
            }

            if (Regex.IsMatch(body, "/Type\\s*/Pages"))
            {
                var kids = Regex.Match(body, "/Kids\\s*\\[([^\\]]*)\\]");
                foreach (Match kid in Regex.Matches(kids.Groups[1].Value, "(\\d+) 0 R"))
                {
                    Walk(int.Parse(kid.Groups[1].Value, CultureInfo.InvariantCulture));
                }
            }
            else
            {
                order[id] = order.Count + 1;
            }
        }

        if (root.Value is not null)
        {
            Walk(root.Key);
        }

        return order;
    }

    private static string Decode(string text)
    {
        byte[] bytes;
        if (text.StartsWith('<'))
        {
            var hex = Regex.Replace(text.Trim('<', '>'), "\\s", string.Empty);
            bytes = Enumerable.Range(0, hex.Length / 2).Select(i => Convert.ToByte(hex.Substring(i * 2, 2), 16)).ToArray();
        }
        else
        {
            var inner = text.Substring(1, text.Length - 2);
            var list = new List<byte>();
            for (var i = 0; i < inner.Length; i++)
            {
                var c = inner[i];
                if (c == '\\' && i + 1 < inner.Length)
                {
                    var n = inner[++i];
                    if (n >= '0' && n <= '7')
                    {
                        var digits = new string(inner.Skip(i).Take(3).TakeWhile(d => d >= '0' && d <= '7').ToArray());
                        list.Add((byte)Convert.ToInt32(digits, 8));
                        i += digits.Length - 1;
                    }
                    else
                    {
                        list.Add((byte)(n switch { 'n' => '\n', 'r' => '\r', 't' => '\t', 'b' => '\b', 'f' => '\f', _ => n }));
                    }
                }
                else
                {
                    list.Add((byte)c);
                }
            }

            bytes = list.ToArray();
        }

        return bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF
            ? Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2)
            : Encoding.Latin1.GetString(bytes);
    }
}
