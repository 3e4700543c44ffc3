using System.Text.Json;
using KeyAccount.Core;
using KeyAccount.Core.Json;
using KeyAccount.Core.Pareto;

namespace KeyAccount.Core.Tests.Pareto;

/// <summary>The summary travels as JSON with the field names the command line prints.</summary>
public class ParetoJsonTests
{
    [Fact]
    public void Summary_serializes_with_the_documented_field_names_and_round_trips()
    {
        var summary = ParetoExampleTests.Of(100, 50, 0, -30, -20).Summarize();
        var json = KeyAccountJson.Serialize(summary);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal("EUR", root.GetProperty("currency").GetString());
        Assert.Equal(5, root.GetProperty("clients").GetInt32());
        Assert.Equal(0.8, root.GetProperty("target").GetDouble());
        Assert.Equal(ParetoSummary.CurrentFormatVersion, root.GetProperty("formatVersion").GetInt32());
        Assert.Equal(100m, root.GetProperty("total").GetDecimal());
        Assert.Equal(1, root.GetProperty("vitalFew").GetProperty("count").GetInt32());
        Assert.Equal(0.2, root.GetProperty("vitalFew").GetProperty("clientShare").GetDouble());
        Assert.Equal(1.0, root.GetProperty("vitalFew").GetProperty("valueShare").GetDouble());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("gini").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("hhi").ValueKind);
        var abc = root.GetProperty("abc");
        Assert.Equal(summary.Abc.A, abc.GetProperty("a").GetInt32());
        Assert.Equal(summary.Abc.B, abc.GetProperty("b").GetInt32());
        Assert.Equal(summary.Abc.C, abc.GetProperty("c").GetInt32());
        var whale = root.GetProperty("whale");
        Assert.Equal(2, whale.GetProperty("peakClients").GetInt32());
        Assert.Equal(1.5, whale.GetProperty("peakShare").GetDouble());
        Assert.Equal(2, whale.GetProperty("lossMakers").GetInt32());
        Assert.Equal(50m, whale.GetProperty("lossAmount").GetDecimal());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("explanation").GetString()));

        Assert.Equal(summary, KeyAccountJson.Deserialize<ParetoSummary>(json));
    }

    [Fact]
    public void Summary_without_losses_has_gini_and_hhi_and_no_whale()
    {
        var summary = ParetoExampleTests.Of(541, 1463, 2445, 3438, 4437, 5401, 6392, 8304, 11904, 22261).Summarize();
        var json = KeyAccountJson.Serialize(summary);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(0.4620911, document.RootElement.GetProperty("gini").GetDouble(), 7);
        Assert.Equal(0.1840812, document.RootElement.GetProperty("hhi").GetDouble(), 7);
        Assert.False(document.RootElement.TryGetProperty("whale", out _));
        Assert.Equal((2, 3, 5), (summary.Abc.A, summary.Abc.B, summary.Abc.C));
        Assert.Equal(summary, KeyAccountJson.Deserialize<ParetoSummary>(json));
    }
}
