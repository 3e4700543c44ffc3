using System.Threading.Tasks;
using KeyAccount.Cli.Pareto;
using Xunit;

namespace KeyAccount.Cli.Tests.Pareto;

/// <summary>The JSON writer's preparation on another core (started by pareto when the reading is done).</summary>
public sealed class ParetoJsonWriterTests
{
    [Fact]
    public async Task The_preparation_writes_its_sample_without_a_fault()
    {
        // The command never waits for the task; a fault here would be a sample the library refuses
        // (an unregistered type, an invalid target), leaving all the work to the real write.
        var preparation = ParetoJsonWriter.Prepare();
        await preparation;
        Assert.True(preparation.IsCompletedSuccessfully);
    }
}
