using System;
using System.Linq;
using KeyAccount.Core;

namespace KeyAccount.Core.Tests.Kernel;

[Properties(Arbitrary = new[] { typeof(Generators) })]
public class ClientIdTests
{
    [Property]
    public bool Equality_is_reflexive(ClientId a)
    {
        var copy = new ClientId(a.Value);
        return a.Equals(copy) && a == copy && !(a != copy) && a.CompareTo(copy) == 0;
    }

    [Property]
    public bool Equality_is_symmetric(ClientId a, ClientId b) => a.Equals(b) == b.Equals(a);

    [Property]
    public bool Equality_agrees_with_ordinal_string_equality(ClientId a, ClientId b) =>
        (a == b) == string.Equals(a.Value, b.Value, StringComparison.Ordinal);

    [Property]
    public bool Equal_ids_have_equal_hash_codes(ClientId a) =>
        a.GetHashCode() == new ClientId(" " + a.Value + "\t").GetHashCode();

    [Property]
    public bool Ordering_is_antisymmetric(ClientId a, ClientId b) =>
        Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a));

    [Property]
    public bool Ordering_is_transitive(ClientId a, ClientId b, ClientId c)
    {
        var sorted = new[] { a, b, c }.OrderBy(x => x).ToArray();
        return sorted[0] <= sorted[1] && sorted[1] <= sorted[2] && sorted[0] <= sorted[2];
    }

    [Property]
    public bool Ordering_is_consistent_with_equality(ClientId a, ClientId b) =>
        (a.CompareTo(b) == 0) == (a == b);

    [Property]
    public bool Ordering_is_ordinal(ClientId a, ClientId b) =>
        Math.Sign(a.CompareTo(b)) == Math.Sign(string.CompareOrdinal(a.Value, b.Value));

    [Property]
    public bool Operators_agree_with_CompareTo(ClientId a, ClientId b) =>
        (a < b) == (a.CompareTo(b) < 0) && (a > b) == (a.CompareTo(b) > 0) &&
        (a <= b) == (a.CompareTo(b) <= 0) && (a >= b) == (a.CompareTo(b) >= 0);

    [Property]
    public bool Value_is_trimmed_and_never_empty(ClientId a) =>
        a.Value.Length > 0 && a.Value == a.Value.Trim() && !a.IsDefault;

    [Fact]
    public void White_space_around_the_id_is_removed()
    {
        Assert.Equal("ACME-1", new ClientId("  ACME-1\t").Value);
        Assert.Equal(new ClientId("ACME-1"), (ClientId)" ACME-1 ");
    }

    [Fact]
    public void Equality_is_case_sensitive()
    {
        Assert.NotEqual(new ClientId("acme"), new ClientId("ACME"));
        Assert.True(new ClientId("ACME") < new ClientId("acme"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Empty_or_white_space_is_rejected_naming_the_parameter(string text)
    {
        var ex = Assert.Throws<ArgumentException>(() => new ClientId(text));
        Assert.Equal("value", ex.ParamName);
    }

    [Fact]
    public void Null_is_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => new ClientId(null!));
    }

    [Fact]
    public void Default_is_recognisable_and_sorts_first()
    {
        var none = default(ClientId);
        Assert.True(none.IsDefault);
        Assert.Equal(string.Empty, none.Value);
        Assert.True(none < new ClientId("a"));
    }

    [Fact]
    public void Comparing_with_an_object_accepts_ids_and_null_only()
    {
        IComparable a = new ClientId("a");

        Assert.True(a.CompareTo(new ClientId("b")) < 0);
        Assert.True(a.CompareTo(ClientId.From("A")) > 0);
        Assert.Equal(0, a.CompareTo((ClientId)" a "));
        Assert.Equal(1, a.CompareTo(null));
        var ex = Assert.Throws<ArgumentException>(() => a.CompareTo("a"));
        Assert.Equal("obj", ex.ParamName);
        Assert.StartsWith("Cannot compare a ClientId with a String.", ex.Message, StringComparison.Ordinal);
        Assert.False(new ClientId("a").Equals((object)"a"));
        Assert.True(new ClientId("a").Equals((object)new ClientId("a")));
        Assert.Equal("a", new ClientId(" a").ToString());
    }

    [Property]
    public bool An_id_compared_with_an_equal_id_is_neither_before_nor_after_it(ClientId a)
    {
        var same = new ClientId(" " + a.Value + " ");
        return !(a < same) && a <= same && !(a > same) && a >= same && a == same && !(a != same);
    }

    [Fact]
    public void The_refusal_of_an_empty_id_says_what_an_id_must_be()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ClientId("  "));
        Assert.StartsWith("A client id must not be empty or white space.", ex.Message, StringComparison.Ordinal);
    }
}
