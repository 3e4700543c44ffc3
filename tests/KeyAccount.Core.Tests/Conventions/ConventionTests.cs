using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using KeyAccount.Core.Classification;
using KeyAccount.Core.Json;
using KeyAccount.Core.Review;
using NodaTime;

namespace KeyAccount.Core.Tests.Conventions;

/// <summary>
/// The conventions of docs/architecture.md that reflection can check, for every area at once: a new
/// area's types are picked up by themselves.
/// </summary>
/// <remarks>
/// <see cref="NotYetConverted"/> lists, per check, the areas that do not follow the convention yet
/// (their conversion is under way on other branches). Remove an area's entry when its conversion
/// merges: <see cref="Areas_listed_as_not_yet_converted_still_break_the_convention"/> fails as soon
/// as an entry is no longer needed, so the list never outlives the work.
/// </remarks>
public sealed class ConventionTests
{
    /// <summary>Per check, the areas (namespace under KeyAccount.Core) not yet converted.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> NotYetConverted = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
    };

    private static readonly Assembly Library = typeof(Diagnostic).Assembly;

    private static readonly Regex CodePattern = new(@"\bK[A-Z]{2}\d{3}\b", RegexOptions.CultureInvariant);

    /// <summary>The areas: namespaces under KeyAccount.Core that hold public types, except the JSON entry point.</summary>
    private static IEnumerable<string> Areas => PublicTypes.Select(AreaOf).Where(a => a.Length > 0 && a != "Json").Distinct().OrderBy(a => a, StringComparer.Ordinal);

    private static IEnumerable<Type> PublicTypes => Library.GetExportedTypes();

    private static IEnumerable<Type> DocumentTypes => PublicTypes.Where(t => typeof(IKeyAccountDocument).IsAssignableFrom(t) && t.IsClass && !t.IsAbstract);

    [Fact]
    public void Every_document_type_is_registered_in_DocumentVersions()
    {
        var missing = DocumentTypes.Where(t => !DocumentVersions.All.ContainsKey(t)).Select(t => t.FullName).ToList();
        Assert.NotEmpty(DocumentTypes);
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_document_type_states_its_current_format_version()
    {
        Assert.Empty(Failures(nameof(Every_document_type_states_its_current_format_version)));
    }

    [Fact]
    public void Document_constructors_accept_any_values_except_null_and_default_ids()
    {
        Assert.Empty(Failures(nameof(Document_constructors_accept_any_values_except_null_and_default_ids)));
    }

    [Fact]
    public void Every_settings_type_is_a_record_with_Default_and_Validate()
    {
        Assert.Empty(Failures(nameof(Every_settings_type_is_a_record_with_Default_and_Validate)));
    }

    [Fact]
    public void Every_area_has_a_codes_class_with_All_and_Get()
    {
        Assert.Empty(Failures(nameof(Every_area_has_a_codes_class_with_All_and_Get)));
    }

    [Fact]
    public void Every_code_used_in_code_or_docs_is_in_its_areas_All_and_documented_in_its_page()
    {
        Assert.Empty(Failures(nameof(Every_code_used_in_code_or_docs_is_in_its_areas_All_and_documented_in_its_page)));
    }

    [Fact]
    public void Areas_listed_as_not_yet_converted_still_break_the_convention()
    {
        var done = new List<string>();
        foreach (var pair in NotYetConverted)
        {
            var failing = Check(pair.Key).Select(f => f.Area).ToHashSet(StringComparer.Ordinal);
            done.AddRange(pair.Value.Where(a => !failing.Contains(a)).Select(a => $"{pair.Key}: {a} follows the convention now; remove it from NotYetConverted."));
        }

        Assert.Empty(done);
    }

    [Fact]
    public void The_checks_find_what_they_check()
    {
        // Guards against a check that passes because it looks at nothing.
        Assert.Contains("Review", Areas);
        Assert.Contains("Planning", Areas);
        Assert.Contains(typeof(PortfolioDocument), DocumentTypes);
        Assert.Contains(typeof(ClassificationPolicy), SettingsTypes);
        Assert.Contains(typeof(ReviewDiagnosticCodes), CodesClasses);
        Assert.Contains("KRV001", DocumentedCodes("review"));
        Assert.Contains(typeof(PortfolioDocument), ModelTypes(typeof(PortfolioDocument)));
        Assert.Contains(typeof(ClientEvidence), ModelTypes(typeof(PortfolioDocument)));
    }

    // ---- The checks: each gives its failures with the area they belong to. ----

    private static IEnumerable<string> Failures(string check)
    {
        var excluded = NotYetConverted.TryGetValue(check, out var areas) ? areas : Array.Empty<string>();
        return Check(check).Where(f => !excluded.Contains(f.Area, StringComparer.Ordinal)).Select(f => f.Area + ": " + f.What);
    }

    private static IEnumerable<(string Area, string What)> Check(string check) => check switch
    {
        nameof(Every_document_type_states_its_current_format_version) => FormatVersionFailures(),
        nameof(Document_constructors_accept_any_values_except_null_and_default_ids) => ConstructorFailures(),
        nameof(Every_settings_type_is_a_record_with_Default_and_Validate) => SettingsFailures(),
        nameof(Every_area_has_a_codes_class_with_All_and_Get) => CodesClassFailures(),
        nameof(Every_code_used_in_code_or_docs_is_in_its_areas_All_and_documented_in_its_page) => CodeUseFailures(),
        _ => throw new ArgumentException("Unknown check " + check, nameof(check)),
    };

    private static IEnumerable<(string, string)> FormatVersionFailures()
    {
        foreach (var type in DocumentTypes)
        {
            var field = type.GetField("CurrentFormatVersion", BindingFlags.Public | BindingFlags.Static);
            if (field is null || !field.IsLiteral || field.FieldType != typeof(int))
            {
                yield return (AreaOf(type), type.Name + " has no public const int CurrentFormatVersion.");
            }
            else if (DocumentVersions.All.TryGetValue(type, out var versioning) && versioning.Current != (int)field.GetValue(null)!)
            {
                yield return (AreaOf(type), type.Name + ".CurrentFormatVersion differs from its registration in DocumentVersions.");
            }
        }
    }

    private static IEnumerable<(string, string)> ConstructorFailures()
    {
        var random = new Random(20260331);
        foreach (var type in DocumentTypes.SelectMany(ModelTypes).Distinct())
        {
            foreach (var constructor in type.GetConstructors().Where(c => !IsCopyConstructor(c)))
            {
                string? failure = null;
                string? failureArea = null;
                for (var attempt = 0; attempt < 200 && failure is null; attempt++)
                {
                    var arguments = Array.Empty<object?>();
                    try
                    {
                        arguments = constructor.GetParameters().Select(p => ValueGenerator.For(p, random, depth: 0)).ToArray();
                        constructor.Invoke(arguments);
                    }
                    catch (TargetInvocationException ex)
                    {
                        failure = $"new {type.Name}({string.Join(", ", arguments.Select(ValueGenerator.Show))}) throws {ex.InnerException!.GetType().Name}: {ex.InnerException.Message}";
                    }
                    catch (InvalidOperationException ex) when (ex.Data[ValueGenerator.NestedType] is Type nested)
                    {
                        // A value of another type could not be built for an argument: that type's failure, in its area.
                        failureArea = AreaOf(nested);
                        failure = "while building an argument of " + type.Name + ": " + ex.Message;
                    }
                }

                if (failure is not null)
                {
                    yield return (failureArea ?? AreaOf(type), failure);
                }
            }
        }
    }

    private static IEnumerable<Type> SettingsTypes => PublicTypes.Where(t => !t.IsAbstract && !t.IsInterface && !t.IsEnum && Regex.IsMatch(t.Name, "(Policy|Options|Settings|Model)$", RegexOptions.CultureInvariant));

    private static IEnumerable<(string, string)> SettingsFailures()
    {
        foreach (var type in SettingsTypes)
        {
            if (type.GetMethod("<Clone>$") is null)
            {
                yield return (AreaOf(type), type.Name + " is not a record.");
            }

            var @default = type.GetProperty("Default", BindingFlags.Public | BindingFlags.Static);
            if (@default is null || @default.PropertyType != type)
            {
                yield return (AreaOf(type), type.Name + " has no static Default of its own type.");
            }

            // Validate() callable without arguments (optional parameters, such as a path prefix, allowed).
            var validate = type.GetMethods(BindingFlags.Public | BindingFlags.Instance).FirstOrDefault(m => m.Name == "Validate" && m.GetParameters().All(p => p.IsOptional));
            if (validate is null || !typeof(IReadOnlyList<Diagnostic>).IsAssignableFrom(validate.ReturnType))
            {
                yield return (AreaOf(type), type.Name + " has no Validate() returning IReadOnlyList<Diagnostic>.");
            }
            else if (@default?.GetValue(null) is { } value && ((IReadOnlyList<Diagnostic>)validate.Invoke(value, validate.GetParameters().Select(_ => Type.Missing).ToArray())!).HasErrors())
            {
                yield return (AreaOf(type), type.Name + ".Default does not validate.");
            }
        }
    }

    private static IEnumerable<Type> CodesClasses => PublicTypes.Where(t => t.IsAbstract && t.IsSealed && t.Name.EndsWith("DiagnosticCodes", StringComparison.Ordinal) && !t.IsDefined(typeof(ObsoleteAttribute), false));

    private static IEnumerable<(string, string)> CodesClassFailures()
    {
        // Every area with a document has a codes class named after it. Pareto reads no document of
        // its own (its input is amounts; ParetoSummary is the contract of its result), so it has none.
        foreach (var area in DocumentTypes.Select(AreaOf).Distinct().Where(a => a != "Pareto"))
        {
            if (Library.GetType($"KeyAccount.Core.{area}.{area}DiagnosticCodes") is null)
            {
                yield return (area, $"no public static class {area}DiagnosticCodes.");
            }
        }

        foreach (var type in CodesClasses)
        {
            var all = type.GetProperty("All", BindingFlags.Public | BindingFlags.Static);
            if (all is null || all.PropertyType != typeof(IReadOnlyList<DiagnosticDescriptor>))
            {
                yield return (AreaOf(type), type.Name + " has no static All of type IReadOnlyList<DiagnosticDescriptor>.");
                continue;
            }

            var get = type.GetMethod("Get", BindingFlags.Public | BindingFlags.Static, null, new[] { typeof(string) }, null);
            if (get is null || get.ReturnType != typeof(DiagnosticDescriptor))
            {
                yield return (AreaOf(type), type.Name + " has no static Get(string) returning DiagnosticDescriptor.");
                continue;
            }

            var descriptors = (IReadOnlyList<DiagnosticDescriptor>)all.GetValue(null)!;
            var constants = type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetValue(null)!).ToList();
            foreach (var code in constants.Except(descriptors.Select(d => d.Code), StringComparer.Ordinal))
            {
                yield return (AreaOf(type), $"{type.Name}.All lacks the constant {code}.");
            }

            foreach (var d in descriptors.Where(d => !ReferenceEquals(get.Invoke(null, new object[] { d.Code }), d)))
            {
                yield return (AreaOf(type), $"{type.Name}.Get({d.Code}) is not the descriptor of All.");
            }
        }
    }

    private static IEnumerable<(string, string)> CodeUseFailures()
    {
        // The codes of each converted area, by prefix.
        var byPrefix = new Dictionary<string, (string Area, HashSet<string> Codes)>(StringComparer.Ordinal);
        foreach (var type in CodesClasses)
        {
            if (type.GetProperty("All", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is IReadOnlyList<DiagnosticDescriptor> { Count: > 0 } all)
            {
                byPrefix[all[0].Code.Substring(0, 3)] = (AreaOf(type), all.Select(d => d.Code).ToHashSet(StringComparer.Ordinal));
            }
        }

        // Areas with a document but no usable codes class: their codes are unknown, so every code of their prefix fails below.
        var prefixes = new Dictionary<string, string>(StringComparer.Ordinal) { ["KAP"] = "Planning", ["KAL"] = "Ladder", ["KAO"] = "Opportunities", ["KCL"] = "Classification", ["KRV"] = "Review" };
        foreach (var pair in prefixes.Where(p => !byPrefix.ContainsKey(p.Key)))
        {
            byPrefix[pair.Key] = (pair.Value, new HashSet<string>(StringComparer.Ordinal));
        }

        var root = RepositoryRoot();
        var sources = Directory.GetFiles(Path.Combine(root, "src", "KeyAccount.Core"), "*.cs", SearchOption.AllDirectories).Select(f => (Where: Path.GetRelativePath(root, f), Text: File.ReadAllText(f)));
        var docs = Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Select(f => (Where: Path.GetRelativePath(root, f), Text: File.ReadAllText(f)));
        foreach (var (where, text) in sources.Concat(docs))
        {
            foreach (var code in CodePattern.Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal))
            {
                if (byPrefix.TryGetValue(code.Substring(0, 3), out var area) && !area.Codes.Contains(code))
                {
                    yield return (area.Area, $"{code} appears in {where} but not in the area's All.");
                }
            }
        }

        foreach (var (area, codes) in byPrefix.Values.Where(v => v.Codes.Count > 0))
        {
            var documented = DocumentedCodes(area.ToLowerInvariant());
            foreach (var code in codes.Where(c => !documented.Contains(c)))
            {
                yield return (area, $"{code} has no row in the code table of docs/{area.ToLowerInvariant()}.md.");
            }
        }
    }

    // ---- Helpers ----

    private static string AreaOf(Type type)
    {
        var ns = type.Namespace ?? string.Empty;
        return ns.StartsWith("KeyAccount.Core.", StringComparison.Ordinal) ? ns.Substring("KeyAccount.Core.".Length).Split('.')[0] : string.Empty;
    }

    /// <summary>The codes in table rows (lines starting with |) of docs/{page}.md; empty when the page is missing.</summary>
    private static HashSet<string> DocumentedCodes(string page)
    {
        var path = Path.Combine(RepositoryRoot(), "docs", page + ".md");
        return !File.Exists(path)
            ? new HashSet<string>(StringComparer.Ordinal)
            : File.ReadAllLines(path).Where(l => l.TrimStart().StartsWith('|')).SelectMany(l => CodePattern.Matches(l).Select(m => m.Value)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>A document type and the library types its constructors take, transitively (list elements included).</summary>
    private static IEnumerable<Type> ModelTypes(Type document)
    {
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>(new[] { document });
        while (queue.Count > 0)
        {
            var type = queue.Dequeue();
            if (!seen.Add(type))
            {
                continue;
            }

            foreach (var parameter in type.GetConstructors().Where(c => !IsCopyConstructor(c)).SelectMany(c => c.GetParameters()))
            {
                foreach (var inner in ValueGenerator.Unwrap(parameter.ParameterType))
                {
                    if (inner.Assembly == Library && inner.IsClass && !inner.IsAbstract && inner != typeof(string))
                    {
                        queue.Enqueue(inner);
                    }
                }
            }
        }

        return seen;
    }

    private static bool IsCopyConstructor(ConstructorInfo constructor) =>
        constructor.GetParameters() is { Length: 1 } p && p[0].ParameterType == constructor.DeclaringType;

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "docs", "architecture.md")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (with docs/architecture.md) is not above " + AppContext.BaseDirectory);
    }
}
