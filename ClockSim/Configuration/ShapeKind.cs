namespace ClockSim.Configuration;

/// <summary>What a setting is to configuration.</summary>
internal enum ShapeKind
{
    /// <summary>One value: a number, text, true/false, an enum name or a time span.</summary>
    Value,

    /// <summary>A section of named settings: a class.</summary>
    Section,

    /// <summary>A list, numbered from 0: an array or a list of values, of sections or of lists.</summary>
    List,
}
