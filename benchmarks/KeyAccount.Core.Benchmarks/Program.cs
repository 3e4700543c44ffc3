using BenchmarkDotNet.Running;

namespace KeyAccount.Core.Benchmarks;

/// <summary>
/// Runs the benchmarks chosen on the command line, for example
/// <c>dotnet run -c Release --project benchmarks/KeyAccount.Core.Benchmarks -- --filter '*Pareto*'</c>.
/// See docs/benchmarks.md.
/// </summary>
internal static class Program
{
    private static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
