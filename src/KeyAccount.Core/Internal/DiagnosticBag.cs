using System.Collections.Generic;
using System.Globalization;

namespace KeyAccount.Core;

/// <summary>
/// Collects a validator's findings in the order the checks make them and returns them sorted by
/// the shared rule (<see cref="Diagnostics.Sort"/>). Severity comes from the code's descriptor, so
/// a code always carries the severity its area documents.
/// </summary>
internal sealed class DiagnosticBag
{
    /// <summary>
    /// The most diagnostics of one code a validator lists; past it, one more diagnostic of that
    /// code says how many were left out (a complete dependency graph would otherwise give millions
    /// for one cause).
    /// </summary>
    public const int MaxPerCode = 1000;

    private readonly List<Diagnostic> _found = new();
    private readonly Dictionary<string, (int Count, string FirstLeftOutPath)> _perCode = new(System.StringComparer.Ordinal);

    /// <summary>The number of findings so far.</summary>
    public int Count => _found.Count;

    /// <summary>True when an error was reported.</summary>
    public bool HasErrors { get; private set; }

    /// <summary>Reports a finding.</summary>
    public void Add(DiagnosticDescriptor code, string path, string message)
    {
        HasErrors |= code.Severity == DiagnosticSeverity.Error;
        if (Counted(code.Code, path))
        {
            _found.Add(code.At(path, message));
        }
    }

    /// <summary>Counts one more finding of <paramref name="code"/>; false when it is past the cap.</summary>
    private bool Counted(string code, string path)
    {
        _perCode.TryGetValue(code, out var seen);
        var count = seen.Count + 1;
        _perCode[code] = (count, count == MaxPerCode + 1 ? path : seen.FirstLeftOutPath);
        return count <= MaxPerCode;
    }

    /// <summary>Reports a finding whose message is a composite format (invariant culture).</summary>
    public void Add(DiagnosticDescriptor code, string path, string format, params object?[] args) =>
        Add(code, path, string.Format(CultureInfo.InvariantCulture, format, args));

    /// <summary>Adds findings made elsewhere (another validator's), prefixing their paths with <paramref name="pathPrefix"/>.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics, string pathPrefix = "")
    {
        foreach (var d in diagnostics)
        {
            var path = pathPrefix.Length == 0 ? d.Path : d.Path.Length == 0 ? pathPrefix : d.Path[0] == '[' ? pathPrefix + d.Path : pathPrefix + "." + d.Path;
            HasErrors |= d.Severity == DiagnosticSeverity.Error;
            if (Counted(d.Code, path))
            {
                _found.Add(path == d.Path ? d : new Diagnostic(d.Code, d.Severity, path, d.Message));
            }
        }
    }

    /// <summary>The findings in the documented order.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        var all = new List<Diagnostic>(_found);
        foreach (var pair in _perCode)
        {
            if (pair.Value.Count > MaxPerCode)
            {
                var severity = DiagnosticSeverity.Info;
                foreach (var d in _found)
                {
                    if (d.Code == pair.Key)
                    {
                        severity = d.Severity;
                        break;
                    }
                }

                var leftOut = pair.Value.Count - MaxPerCode;
                all.Add(new Diagnostic(pair.Key, severity, pair.Value.FirstLeftOutPath, string.Format(CultureInfo.InvariantCulture, "{0} more {1} of {2} from here on are not listed (the first {3} are).", Wording.Number(leftOut), Wording.Plural(leftOut, "finding"), pair.Key, Wording.Number(MaxPerCode))));
            }
        }

        return DiagnosticOrder.Sort(all);
    }
}
