using System.IO;
using System.Linq;
using KeyAccount.Cli.Infrastructure;
using Xunit;

namespace KeyAccount.Cli.Tests.Infrastructure;

/// <summary>
/// The process builds only the command its first argument names (CommandCatalog.CreateOnly): each
/// name in the catalog must be the name of the command it builds, and a run that names a command
/// must behave as with the whole catalog.
/// </summary>
public sealed class CommandCatalogTests
{
    private static readonly CliConsole Console = new(() => new MemoryStream(), TextWriter.Null, TextWriter.Null, false, false);

    [Fact]
    public void Each_name_in_the_catalog_is_the_name_of_the_command_it_builds()
    {
        Assert.All(CommandCatalog.Factories, entry => Assert.Equal(entry.Name, entry.Create(Console).Name));
    }

    [Fact]
    public void The_catalog_builds_every_command_once_in_the_order_of_its_names()
    {
        var names = CommandCatalog.Create(Console).Select(c => c.Name).ToList();
        Assert.Equal(CommandCatalog.Factories.Select(f => f.Name), names);
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Theory]
    [InlineData("pareto")]
    [InlineData("review")]
    [InlineData("sample")]
    public void A_named_command_is_built_alone(string name)
    {
        Assert.Equal(name, CommandCatalog.CreateOnly(Console, name)?.Name);
    }

    [Theory]
    [InlineData("paretto")]
    [InlineData("--help")]
    [InlineData("Pareto")]
    [InlineData("")]
    public void Anything_else_names_no_command(string name)
    {
        Assert.Null(CommandCatalog.CreateOnly(Console, name));
    }

    [Fact]
    public void The_root_help_still_lists_every_command()
    {
        var result = CliRunner.Run("--help");
        Assert.Equal(0, result.ExitCode);
        Assert.All(CommandCatalog.Factories, entry => Assert.Contains(entry.Name, result.Out));
    }

    [Fact]
    public void A_misspelt_command_is_still_refused_with_the_usage_hint()
    {
        var result = CliRunner.Run("paretto", "x.csv");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("paretto", result.Error);
        Assert.Contains("keyaccount --help", result.Error);
    }

    [Fact]
    public void A_command_built_alone_prints_its_own_help()
    {
        var result = CliRunner.Run("pareto", "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--aggregate", result.Out);
    }
}
