using ClockSim.Configuration;

namespace ClockSim.Tests.Configuration;

public sealed class SettingShapeTests
{
    [Fact]
    public void Keys_ListEverySettingOfNestedSections() =>
        Assert.Contains("Simulation:Weights:Internal", SettingShape.Of(typeof(SimulationOptions)).Keys("Simulation"));

    [Fact]
    public void ShapeOfEachKindOfProperty_IsFound()
    {
        var shape = SettingShape.Of(typeof(SampleOptions));

        Assert.Equal(ShapeKind.Value, shape.Find("mode")!.Shape.Kind);
        Assert.True(shape.Find("Limit")!.Shape.AcceptsNull);
        Assert.Equal(ShapeKind.Section, shape.Find("Links")!.Shape.Element!.Kind);
        Assert.Equal(ShapeKind.Value, shape.Find("Groups")!.Shape.Element!.Element!.Kind);
    }

    [Fact]
    public void DictionaryProperty_IsNotASetting() =>
        Assert.Throws<NotSupportedException>(() => SettingShape.Of(typeof(Dictionary<string, int>)));
}
