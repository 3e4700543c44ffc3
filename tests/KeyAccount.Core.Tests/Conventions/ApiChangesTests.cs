using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace KeyAccount.Core.Tests.Conventions;

/// <summary>
/// Every obsolete public type or member of the library is listed in the table of obsolete
/// forwarders of docs/architecture.md ("API changes"), so a forwarder never goes unannounced and
/// the table never lists one that is gone.
/// </summary>
public sealed class ApiChangesTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Fact]
    public void Every_obsolete_public_member_is_in_the_table_of_api_changes()
    {
        var listed = ObsoleteColumn();
        var missing = ObsoleteNames().Where(name => !listed.Any(cell => cell.Contains("`" + name, StringComparison.Ordinal))).ToList();
        Assert.True(missing.Count == 0, "Not in the obsolete forwarders of docs/architecture.md: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_name_in_the_table_of_api_changes_is_still_obsolete()
    {
        var names = ObsoleteNames().ToList();
        var stale = ObsoleteColumn()
            .SelectMany(cell => cell.Split('`').Where((_, i) => i % 2 == 1))
            .Where(name => !names.Any(n => name.StartsWith(n, StringComparison.Ordinal)))
            .ToList();
        Assert.True(stale.Count == 0, "Listed as obsolete in docs/architecture.md but not [Obsolete] in the library: " + string.Join(", ", stale));
    }

    /// <summary>How the table names each obsolete thing: <c>Type</c>, <c>Type.Member</c>, or <c>new Type(</c> for a constructor.</summary>
    private static IEnumerable<string> ObsoleteNames()
    {
        foreach (var type in typeof(Diagnostic).Assembly.GetExportedTypes())
        {
            if (type.IsDefined(typeof(ObsoleteAttribute), false))
            {
                yield return type.Name;
                continue;
            }

            foreach (var member in type.GetMembers(Declared).Where(m => m.IsDefined(typeof(ObsoleteAttribute), false)))
            {
                yield return member is ConstructorInfo ? "new " + type.Name + "(" : type.Name + "." + member.Name;
            }
        }
    }

    /// <summary>The first column of the table under "Obsolete forwarders" in the section "API changes".</summary>
    private static List<string> ObsoleteColumn()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs", "architecture.md"));
        var section = Array.IndexOf(lines, "## API changes");
        Assert.True(section >= 0, "docs/architecture.md has no section '## API changes'.");
        var start = Array.FindIndex(lines, section, l => l.StartsWith("Obsolete forwarders", StringComparison.Ordinal));
        Assert.True(start >= 0, "The section 'API changes' has no table of obsolete forwarders.");
        var cells = lines.Skip(start + 1).SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|')).Skip(2)
            .Select(l => l.Split('|')[1].Trim())
            .ToList();
        Assert.NotEmpty(cells);
        return cells;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "docs", "architecture.md")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (with docs/architecture.md) is not above " + AppContext.BaseDirectory);
    }
}
