using System;
using System.Collections.Generic;

namespace KeyAccount.Core;

/// <summary>
/// An area's diagnostic codes indexed by code: what an <c>&lt;Area&gt;DiagnosticCodes</c> class
/// keeps behind its <c>All</c> and <c>Get</c>. Built once from the area's descriptors; refuses a
/// code given twice, so a copy-paste slip fails the first test that touches the area.
/// </summary>
internal sealed class DiagnosticCatalog
{
    private readonly Dictionary<string, DiagnosticDescriptor> _byCode;

    public DiagnosticCatalog(string prefix, params DiagnosticDescriptor[] descriptors)
    {
        _byCode = new Dictionary<string, DiagnosticDescriptor>(descriptors.Length, StringComparer.Ordinal);
        foreach (var descriptor in descriptors)
        {
            if (!descriptor.Code.StartsWith(prefix, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The code {descriptor.Code} does not start with its area's prefix {prefix}.");
            }

            _byCode.Add(descriptor.Code, descriptor);
        }

        var sorted = (DiagnosticDescriptor[])descriptors.Clone();
        Array.Sort(sorted, (a, b) => string.CompareOrdinal(a.Code, b.Code));
        All = sorted;
    }

    /// <summary>Every descriptor, in code order.</summary>
    public IReadOnlyList<DiagnosticDescriptor> All { get; }

    /// <summary>The descriptor of <paramref name="code"/>.</summary>
    /// <exception cref="ArgumentException">The code is not one of this area's.</exception>
    public DiagnosticDescriptor Get(string code, string areaName) =>
        code is not null && _byCode.TryGetValue(code, out var descriptor)
            ? descriptor
            : throw new ArgumentException($"'{code}' is not a diagnostic code of {areaName}.", nameof(code));
}
