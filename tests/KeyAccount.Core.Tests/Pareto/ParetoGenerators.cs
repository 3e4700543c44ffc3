using System.Linq;
using KeyAccount.Core;

namespace KeyAccount.Core.Tests.Pareto;

/// <summary>A client base: distinct ids with one amount each.</summary>
public sealed record ClientBase(ClientId[] Ids, decimal[] Amounts)
{
    public override string ToString() => string.Join(", ", Ids.Zip(Amounts, (i, a) => $"{i}={a}"));
}

/// <summary>Non-negative client bases (the domain of shares and concentration) and signed ones (profit with losses).</summary>
public static class ParetoGenerators
{
    // Small ranges make ties common; cents and zeros occur too.
    private static readonly Gen<decimal> NonNegativeAmount = Gen.OneOf(
        Gen.Choose(0, 20).Select(i => (decimal)i),
        Gen.Choose(0, 1_000_000).Select(i => i / 100m),
        Gen.Choose(1, 5).Select(i => (decimal)i * 1000));

    private static readonly Gen<decimal> SignedAmount = Gen.OneOf(
        NonNegativeAmount,
        NonNegativeAmount.Select(a => -a));

    public static Arbitrary<ClientBase> ClientBases() => Bases(NonNegativeAmount).ToArbitrary();

    public static Gen<ClientBase> WithLosses => Bases(SignedAmount);

    private static Gen<ClientBase> Bases(Gen<decimal> amount) =>
        from n in Gen.Choose(0, 60)
        from amounts in Gen.ArrayOf(amount, n)
        from order in Gen.Shuffle(Enumerable.Range(0, n).ToArray())
        select new ClientBase(order.Select(i => new ClientId("k" + i.ToString("x", System.Globalization.CultureInfo.InvariantCulture))).ToArray(), amounts);
}
