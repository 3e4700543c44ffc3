using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KeyAccount.Core.Json;

namespace KeyAccount.Core.Classification;

/// <summary>
/// The JSON input of a key-client classification: the clients' evidence, and optionally the policy,
/// the departments' lists and the previous classification.
/// </summary>
/// <remarks>
/// Read it with <c>KeyAccountJson.Deserialize&lt;ClassificationPortfolioDocument&gt;</c>, check it with
/// <see cref="Validate"/>, and run it with <see cref="KeyClientClassifier.ClassifyDocument"/>. A value
/// out of its range inside a client's evidence (a market share of 1.5) is refused while reading
/// (a <see cref="System.Text.Json.JsonException"/> carrying the evidence constructor's
/// <see cref="ArgumentOutOfRangeException"/>); an inconsistent document (two clients with one id)
/// reads and is reported by <see cref="Validate"/>.
/// </remarks>
public sealed record ClassificationPortfolioDocument : IKeyAccountDocument
{
    /// <summary>Creates a document.</summary>
    /// <param name="currency">The one currency of every amount in the document (profits, opportunity values, sales).</param>
    /// <param name="clients">The clients' evidence.</param>
    /// <param name="policy">The policy; null for <see cref="ClassificationPolicy.Default"/>.</param>
    /// <param name="departments">The departments' key-client lists; null for none.</param>
    /// <param name="previous">The previous classification; null for none.</param>
    /// <param name="formatVersion">The document format version; <see cref="DocumentFormat.CurrentVersion"/> by default. (A constructor parameter so that JSON without the field reads as the current version: the serializer would otherwise set the init-only property to 0.)</param>
    /// <exception cref="ArgumentNullException"><paramref name="clients"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <c>default</c>.</exception>
    public ClassificationPortfolioDocument(
        Currency currency,
        IReadOnlyList<ClientEvidence> clients,
        ClassificationPolicy? policy = null,
        IReadOnlyList<DepartmentList>? departments = null,
        IReadOnlyList<ClassificationSnapshot>? previous = null,
        int formatVersion = DocumentFormat.CurrentVersion)
    {
        FormatVersion = formatVersion;
        if (currency.IsDefault)
        {
            throw new ArgumentException("default(Currency) is not a valid currency.", nameof(currency));
        }

        Currency = currency;
        // Copies, so that the document stays as validated when the caller changes its lists later.
        Clients = clients?.ToArray() ?? throw new ArgumentNullException(nameof(clients));
        Policy = policy;
        Departments = departments?.ToArray();
        Previous = previous?.ToArray();
    }

    /// <inheritdoc />
    public int FormatVersion { get; }

    /// <summary>The one currency of every amount in the document.</summary>
    public Currency Currency { get; }

    /// <summary>The clients' evidence.</summary>
    public IReadOnlyList<ClientEvidence> Clients { get; }

    /// <summary>The policy; null for the default.</summary>
    public ClassificationPolicy? Policy { get; }

    /// <summary>The departments' key-client lists; null for none.</summary>
    public IReadOnlyList<DepartmentList>? Departments { get; }

    /// <summary>The previous classification; null for none.</summary>
    public IReadOnlyList<ClassificationSnapshot>? Previous { get; }

    /// <summary>
    /// Checks the document for defects that JSON reading cannot see. Codes:
    /// <c>KCL001</c> error, two clients share an id;
    /// <c>KCL002</c> warning, no clients;
    /// <c>KCL003</c> error, two department lists share a name;
    /// <c>KCL004</c> warning, a department names a client twice;
    /// <c>KCL005</c> info, a department names a client with no evidence in the document;
    /// <c>KCL006</c> error, the previous classification names a client twice;
    /// <c>KCL007</c> info, a client's history is shorter than the portfolio's (its earlier periods are unknown);
    /// <c>KCL008</c> error, a null element in a list;
    /// <c>KCL101</c>..<c>KCL119</c> error, a policy setting (see <see cref="ClassificationPolicy.Validate"/>).
    /// </summary>
    /// <returns>The diagnostics, in document order; empty for a clean document.</returns>
    public IReadOnlyList<Diagnostic> Validate()
    {
        var found = new List<Diagnostic>();
        void Add(string code, DiagnosticSeverity severity, string path, string message) => found.Add(new Diagnostic(code, severity, path, message));
        string F(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

        var firstIndex = new Dictionary<ClientId, int>();
        var periodCount = 0;
        for (var i = 0; i < Clients.Count; i++)
        {
            periodCount = Math.Max(periodCount, Clients[i]?.PeriodCount ?? 0);
        }

        if (Clients.Count == 0)
        {
            Add("KCL002", DiagnosticSeverity.Warning, "clients", "The document has no clients to classify.");
        }

        for (var i = 0; i < Clients.Count; i++)
        {
            var client = Clients[i];
            if (client is null)
            {
                Add("KCL008", DiagnosticSeverity.Error, F("clients[{0}]", i), "A client's evidence is null.");
                continue;
            }

            if (firstIndex.TryGetValue(client.Client, out var first))
            {
                Add("KCL001", DiagnosticSeverity.Error, F("clients[{0}].client", i), F("Client '{0}' already appears at clients[{1}]; each client must appear once.", client.Client, first));
            }
            else
            {
                firstIndex.Add(client.Client, i);
            }

            ShortHistory(client.Profits.Count, "profits", i);
            ShortHistory(client.OpportunityCounts.Count, "opportunityCounts", i);
            ShortHistory(client.Sales.Count, "sales", i);
        }

        void ShortHistory(int length, string series, int i)
        {
            if (length > 0 && length < periodCount)
            {
                Add("KCL007", DiagnosticSeverity.Info, F("clients[{0}].{1}", i, series), F("The series covers the last {0} of the portfolio's {1} periods; the earlier ones are unknown.", length, periodCount));
            }
        }

        if (Departments is { } departments)
        {
            var names = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var d = 0; d < departments.Count; d++)
            {
                var list = departments[d];
                if (list is null)
                {
                    Add("KCL008", DiagnosticSeverity.Error, F("departments[{0}]", d), "A department list is null.");
                    continue;
                }

                if (names.TryGetValue(list.Department, out var first))
                {
                    Add("KCL003", DiagnosticSeverity.Error, F("departments[{0}].department", d), F("Department '{0}' already has a list at departments[{1}].", list.Department, first));
                }
                else
                {
                    names.Add(list.Department, d);
                }

                var seen = new HashSet<ClientId>();
                for (var j = 0; j < list.Clients.Count; j++)
                {
                    var client = list.Clients[j];
                    if (!seen.Add(client))
                    {
                        Add("KCL004", DiagnosticSeverity.Warning, F("departments[{0}].clients[{1}]", d, j), F("'{0}' is named twice by {1}; it counts once.", client, list.Department));
                    }
                    else if (!firstIndex.ContainsKey(client))
                    {
                        Add("KCL005", DiagnosticSeverity.Info, F("departments[{0}].clients[{1}]", d, j), F("'{0}', named by {1}, has no evidence in the document; the comparison will list it as unsupported.", client, list.Department));
                    }
                }
            }
        }

        if (Previous is { } previous)
        {
            var seen = new Dictionary<ClientId, int>();
            for (var i = 0; i < previous.Count; i++)
            {
                if (previous[i] is null)
                {
                    Add("KCL008", DiagnosticSeverity.Error, F("previous[{0}]", i), "A previous verdict is null.");
                }
                else if (seen.TryGetValue(previous[i].Client, out var first))
                {
                    Add("KCL006", DiagnosticSeverity.Error, F("previous[{0}].client", i), F("Client '{0}' already appears at previous[{1}].", previous[i].Client, first));
                }
                else
                {
                    seen.Add(previous[i].Client, i);
                }
            }
        }

        if (Policy is { } policy)
        {
            found.AddRange(policy.Validate("policy"));
        }

        return found;
    }
}
