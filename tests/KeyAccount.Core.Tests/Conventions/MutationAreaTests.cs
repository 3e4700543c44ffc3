using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace KeyAccount.Core.Tests.Conventions;

/// <summary>
/// <c>.ci/mutation-thresholds</c> names every area of the core, so that <c>.ci/mutation</c> (every
/// area, or <c>--since</c> the areas a change touched) measures a new area as soon as it exists.
/// </summary>
public sealed class MutationAreaTests
{
    private static readonly string Root = ConventionTests.RepositoryRoot();

    /// <summary>The lines of the thresholds file: area, threshold, glob, filter.</summary>
    private static List<string[]> Lines() =>
        File.ReadAllLines(Path.Combine(Root, ".ci", "mutation-thresholds"))
            .Where(l => !l.StartsWith('#') && !string.IsNullOrWhiteSpace(l))
            .Select(l => l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .ToList();

    /// <summary>The folders of src/KeyAccount.Core that hold code (bin and obj are build output).</summary>
    private static List<string> CoreFolders() =>
        Directory.GetDirectories(Path.Combine(Root, "src", "KeyAccount.Core"))
            .Select(Path.GetFileName)
            .Where(n => n is not ("bin" or "obj") && Directory.GetFiles(Path.Combine(Root, "src", "KeyAccount.Core", n!), "*.cs", SearchOption.AllDirectories).Length > 0)
            .Select(n => n!)
            .ToList();

    [Fact]
    public void Every_folder_of_the_core_is_an_area_with_its_own_files_and_tests()
    {
        var lines = Lines().ToDictionary(l => l[0], StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var folder in CoreFolders())
        {
            if (!lines.TryGetValue(folder, out var line))
            {
                missing.Add($"{folder}: no line in .ci/mutation-thresholds");
                continue;
            }

            if (line.Length != 4 || line[2] != folder + "/**/*.cs")
            {
                missing.Add($"{folder}: expected the files {folder}/**/*.cs, found '{string.Join(' ', line.Skip(2))}'");
            }
            else if (line[3] != "FullyQualifiedName~KeyAccount.Core.Tests." + folder && folder != "Internal")
            {
                missing.Add($"{folder}: expected the tests FullyQualifiedName~KeyAccount.Core.Tests.{folder}, found '{line[3]}'");
            }
        }

        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void Every_area_of_the_thresholds_file_exists_with_a_threshold_between_0_and_100()
    {
        var folders = CoreFolders().ToHashSet(StringComparer.Ordinal);
        var wrong = new List<string>();
        foreach (var line in Lines())
        {
            if (line[0] != "Kernel" && !folders.Contains(line[0]))
            {
                wrong.Add($"{line[0]}: no such folder under src/KeyAccount.Core");
            }

            if (line.Length < 4 || !int.TryParse(line[1], out var threshold) || threshold is < 0 or > 100)
            {
                wrong.Add($"{line[0]}: the threshold '{(line.Length > 1 ? line[1] : "")}' is not a whole percentage");
            }

            if (line[0] != "Internal" && !Directory.Exists(Path.Combine(Root, "tests", "KeyAccount.Core.Tests", line[0])))
            {
                wrong.Add($"{line[0]}: no tests/KeyAccount.Core.Tests/{line[0]} for its filter to select");
            }

            if (line[0] == "Kernel" && (line.Length != 4 || line[2] != "*.cs" || line[3] != "FullyQualifiedName~KeyAccount.Core.Tests.Kernel"))
            {
                wrong.Add($"Kernel: expected the files *.cs and the tests FullyQualifiedName~KeyAccount.Core.Tests.Kernel, found '{string.Join(' ', line.Skip(2))}'");
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }
}
