print("counted body runs")
