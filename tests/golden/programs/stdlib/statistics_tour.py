import statistics as st
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.mode(data), st.pstdev(data), st.stdev(data), st.variance(data), st.pvariance(data))
print(st.mean([1, 2, 3]), st.mean([1.5, 2.5, 4]), st.fmean([1, 2, 3, 4]), st.geometric_mean([1, 2, 4]), st.harmonic_mean([40, 60]))
print(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.multimode("aabbbccccdd"))
print(st.quantiles(range(1, 101), n=4), st.quantiles([1, 5, 9, 13], n=10, method="inclusive"))
from fractions import Fraction
print(st.mean([Fraction(1, 3), Fraction(2, 3)]), st.correlation([1, 2, 3, 4], [2, 4, 5, 9]), st.covariance([1, 2, 3], [1, 3, 2]))
print(st.linear_regression([1, 2, 3, 4], [3, 5, 7, 10]))
nd = st.NormalDist(100, 15)
print(nd, round(nd.cdf(115), 6), round(nd.inv_cdf(0.975), 4), nd.mean, nd.stdev, round(nd.pdf(100), 8))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.stdev([1])
except st.StatisticsError as e:
    print("StatisticsError:", e)
