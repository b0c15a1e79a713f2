# tabulation code: never released
library(dplyr)
