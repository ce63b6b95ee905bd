namespace DataZones.Zones.Transport.Accidents;

/// <summary>Distances on the WGS 84 sphere approximation (haversine); metres are plenty for a radius check.</summary>
public static class GreatCircle
{
    private const double EarthRadiusMetres = 6_371_008.8;

    public static double DistanceMetres(double longitude1, double latitude1, double longitude2, double latitude2)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(latitude2 - latitude1);
        var dLon = Radians(longitude2 - longitude1);
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(Radians(latitude1)) * Math.Cos(Radians(latitude2)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusMetres * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
