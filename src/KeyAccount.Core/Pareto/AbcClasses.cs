using System;
using System.Text.Json.Serialization;

namespace KeyAccount.Core.Pareto;

/// <summary>
/// An ABC classification of the clients of a <see cref="ParetoAnalysis"/>: class A holds the clients
/// ranked 1 to <see cref="A"/>, class B the next <see cref="B"/>, class C the rest.
/// </summary>
/// <remarks>
/// The classes partition the clients, follow the ranking (every A amount ≥ every B amount ≥ every
/// C amount), and never split clients with equal amounts: tied clients are always in the same class.
/// </remarks>
/// <param name="Method">How the limits were chosen.</param>
/// <param name="A">The number of clients in class A.</param>
/// <param name="B">The number of clients in class B.</param>
/// <param name="C">The number of clients in class C.</param>
/// <param name="AbLimit">
/// The A/B limit as an amount: A holds the amounts strictly above it. For the computed method this is
/// R ABCanalysis' <c>ABLimit</c> (null where R's is empty); for fixed shares it is the largest amount in
/// class B (null when B is empty).
/// </param>
/// <param name="BcLimit">
/// The B/C limit as an amount: C holds the amounts strictly below it. For the computed method this is
/// R ABCanalysis' <c>BCLimit</c>; for fixed shares it is the smallest amount in class B (null when B is empty).
/// </param>
/// <param name="Points">For the computed method, the curve points that set the limits; null for fixed shares and when there is no positive amount.</param>
/// <param name="Explanation">One sentence for a key account manager.</param>
public sealed record AbcClasses(AbcMethod Method, int A, int B, int C, string Explanation, decimal? AbLimit = null, decimal? BcLimit = null, ComputedAbcPoints? Points = null)
{
    /// <summary>The total number of clients classified: <see cref="A"/> + <see cref="B"/> + <see cref="C"/>.</summary>
    [JsonIgnore]
    public int Count => A + B + C;

    /// <summary>The class of the client at a rank.</summary>
    /// <param name="rank">The rank, 1 to <see cref="Count"/> (see <see cref="RankedClient.Rank"/>).</param>
    /// <returns>A for ranks up to <see cref="A"/>, B for the next <see cref="B"/> ranks, C for the rest.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rank"/> is outside 1 to <see cref="Count"/>.</exception>
    public AbcClass ClassAt(int rank)
    {
        if (rank < 1 || rank > Count)
        {
            throw new ArgumentOutOfRangeException(nameof(rank), rank, $"A rank runs from 1 to the number of clients ({Count}).");
        }

        return rank <= A ? AbcClass.A : rank <= A + B ? AbcClass.B : AbcClass.C;
    }
}
