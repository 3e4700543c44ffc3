using System.Linq;
using KeyAccount.Core;

namespace KeyAccount.Core.Tests;

/// <summary>FsCheck generators for the building blocks, shared by every area's properties.</summary>
public static class Generators
{
    private static readonly char[] IdChars = "abcABC019 -_.é".ToCharArray();

    /// <summary>Client ids: short strings over a small alphabet (so collisions and case differences occur), with stray white space.</summary>
    public static Gen<ClientId> ClientIdGen { get; } =
        from length in Gen.Choose(1, 6)
        from chars in Gen.ArrayOf(Gen.Elements(IdChars), length)
        let text = new string(chars)
        where !string.IsNullOrWhiteSpace(text)
        select new ClientId(text);

    /// <summary>The arbitrary for <see cref="ClientId"/>.</summary>
    public static Arbitrary<ClientId> ClientIds() => ClientIdGen.ToArbitrary();

    /// <summary>Currencies from a small set, so equal and different currencies both occur.</summary>
    public static Arbitrary<Currency> Currencies() =>
        Gen.Elements("EUR", "USD", "rub", "CHF").Select(c => new Currency(c)).ToArbitrary();

    /// <summary>Money: decimal amounts of any sign with up to four decimals, in a generated currency.</summary>
    public static Arbitrary<Money> Monies() =>
        (from units in Gen.Choose(-1_000_000, 1_000_000)
         from cents in Gen.Choose(0, 9999)
         from currency in Currencies().Generator
         select new Money(units + (cents / 10000m), currency)).ToArbitrary();
}
