using System;
using System.Linq;
using KeyAccount.Core.Ladder;

namespace KeyAccount.Core.Tests.Ladder;

/// <summary>The indicators' count, their signals and their ranges, against what their documentation says.</summary>
[Properties(Arbitrary = new[] { typeof(LadderGenerators) }, MaxTest = 300)]
public class LadderIndicatorsTests
{
    private static readonly LadderSignal[] Signals = Enum.GetValues<LadderSignal>();

    [Property]
    public bool KnownCount_is_the_number_of_indicators_measured(LadderIndicators indicators) =>
        indicators.KnownCount == Signals.Where(s => !PerceptionLadder.IsQuestion(s)).Count(s => indicators.Get(s) is not null);

    [Property]
    public bool Clearing_one_indicator_lowers_the_count_by_one(LadderIndicators indicators, PositiveInt pick)
    {
        var signals = Signals.Where(s => !PerceptionLadder.IsQuestion(s) && indicators.Get(s) is not null).ToArray();
        return signals.Length == 0
            || indicators.With(signals[pick.Get % signals.Length], null).KnownCount == indicators.KnownCount - 1;
    }

    [Fact]
    public void Only_the_six_indicator_signals_are_accepted()
    {
        var empty = new LadderIndicators();
        Assert.Equal(0, empty.KnownCount);
        foreach (var signal in Signals.Concat([(LadderSignal)0, (LadderSignal)(Signals.Max(s => (int)s) + 1)]))
        {
            var isIndicator = Enum.IsDefined(signal) && !PerceptionLadder.IsQuestion(signal);
            if (isIndicator)
            {
                Assert.Null(empty.Get(signal));
                Assert.Equal(1, empty.With(signal, 0.5).KnownCount);
            }
            else
            {
                var e = Assert.Throws<ArgumentOutOfRangeException>(() => empty.Get(signal));
                Assert.Equal("indicator", e.ParamName);
                Assert.Contains("not one of the six ladder indicators", e.Message, StringComparison.Ordinal);
            }
        }

        Assert.Equal(6, Signals.Count(s => !PerceptionLadder.IsQuestion(s)));
    }

    [Fact]
    public void A_value_out_of_range_names_the_range_of_its_indicator()
    {
        var empty = new LadderIndicators();
        var tenure = Assert.Throws<ArgumentOutOfRangeException>(() => empty.With(LadderSignal.TenureYears, -1));
        Assert.Contains("a finite number of years, 0 or more, but is -1", tenure.Message, StringComparison.Ordinal);
        var share = Assert.Throws<ArgumentOutOfRangeException>(() => empty.With(LadderSignal.ShareOfWallet, 2));
        Assert.Contains("ShareOfWallet must be a share within 0..1, but is 2", share.Message, StringComparison.Ordinal);
        Assert.Equal(40, empty.With(LadderSignal.TenureYears, 40).TenureYears);
        Assert.Throws<ArgumentOutOfRangeException>(() => empty.With(LadderSignal.TenureYears, double.PositiveInfinity));
    }

    [Fact]
    public void Range_messages_write_the_value_the_same_way_in_every_culture()
    {
        var message = CommaDecimalCulture.Run(() => Assert.Throws<ArgumentOutOfRangeException>(() => new LadderIndicators().With(LadderSignal.ShareOfWallet, 1.25)).Message);
        Assert.Contains("ShareOfWallet must be a share within 0..1, but is 1.25.", message, StringComparison.Ordinal);
        var position = CommaDecimalCulture.Run(() => Assert.Throws<ArgumentOutOfRangeException>(() => new LadderPosition(LadderLevel.Provider, 0.5, 1.5, 0.5, 0.5, [])).Message);
        Assert.Contains("favourability must be within 0..1, but is 1.5.", position, StringComparison.Ordinal);
    }
}
