--TEST--
filter_var on generated inputs: int/float/ip/url/email/domain/mac validation and sanitizing
--FILE--
<?php
$cases = [
['int', 'OUMzNDZBMy5YMg=='],
['int', 'RUQ='],
['int', 'TzU='],
['int', 'RTM3bzNDM28yOGJEOTdjLTY='],
['int', 'eEE2NDNYC0VkCQlBY08tTzVj'],
['int', 'C2VGYjQ3LkQrZTkLRDI0ZA=='],
['int', 'ZgsJNDVhCjQzYw=='],
['int', 'RmJCZjEJZis3CzNYYjhPQ0MLNSs='],
['int', 'Q2E4RWFEZkJvOTUtOW8='],
['int', 'bzALLSBiMDlEQWQ4LjMJQ0NDQzYK'],
['int', 'QzN4NFhGKzdlMzYwOTZBMTRYQjk='],
['int', 'IGZBCjc3CwkKCmM1OTZlIAorZTE='],
['int', 'ZUE5MWVj'],
['int', 'NSBlQStmby5lb3hPQ294ZQtmMTE='],
['int', 'CiB4ZkZmQTU='],
['int', 'Nm8KeGVYCg=='],
['int', 'MApmNTdCeAotRWU1QwlDNSsrOA=='],
['int', ''],
['int', 'CTkKZg=='],
['int', 'ODEwNg=='],
['int', 'OEV4WDEgWGIuT2QgRDgzZg=='],
['int', 'ZUQuODllLjFGLTA5LTk='],
['int', 'NzNkZWUKNjNPeGEyNi5G'],
['int', 'MTRGZC4ueGFGLgouT2UgeEY='],
['int', 'RDdDRg=='],
['int', 'NE9FNFhjNzlBOQ=='],
['int', 'OAlvNkMLK28='],
['int', 'RS5DZUQ='],
['int', 'ZmQ1QTFl'],
['int', 'CUYxQmVlYi40N282NSBhMi0='],
['int', 'OEUgQzkuC2Q='],
['int', 'YTM='],
['int', 'LUU0YTE1IDVvNCA3CTBlRGE4MmVPNw=='],
['int', 'IDMteGM='],
['int', 'Y2VYYkYuLWFmMSAyMDEueC4KT0Y='],
['int', 'RQtD'],
['int', 'Y1hvZXg4Q2YzODA0IEUrMw=='],
['int', 'Qi4='],
['int', 'Yk9iMgktK2FGMCBBZWRPMmNYZi0w'],
['int', 'QjUKYS54Ty4wNQ=='],
['int', 'NTlDMkMxY2M='],
['int', 'bzVlOUJkCzliOTIuRS44ZS4xbzU='],
['int', ''],
['int', 'OA=='],
['int', 'QTZCRjMxTwsgMAk0LjVlNAogNCA='],
['int', 'WG8JC0I0Cg=='],
['int', 'YjJ4NDllIGM4MAozC2E2WAtiZWIJ'],
['int', 'CTd4YzUKMWIJNC5GYUI='],
['int', 'WDQ1OWUg'],
['int', 'OC5hN0FvCwtDMSs='],
['int', ''],
['int', 'RkNjOURmQmQ3ZTBkZUM3'],
['int', 'MGIgQTRD'],
['int', 'NEFFYTNhNjNiOU9h'],
['int', 'LmR4QUUxQ1g1M0RGOA=='],
['int', 'YgszOCsKRGViYyAgQ09jCkM3Kys='],
['int', 'WC4='],
['int', 'b0ZlRkU4eE81LWU1ZE9B'],
['int', 'eDFEQkRlWEI='],
['int', 'ZTMLYUE4LmU='],
['int', 'WDVhT0JDRkVjMTgyRQoLMDRDZQk='],
['int', 'TzZvOTllNgk1MjA4bzI='],
['int', 'YzggZUU3NjRjZXhCIG8wMGMJYWQ='],
['int', 'TwplT08xRGMzMXgLRDUgb0VBbws='],
['int', 'ZQ=='],
['int', 'REFDeDBiLjRYC3hjeG8JbyBiNgstbw=='],
['int', 'RDM5QzNYMTlEMzMtQ0Zk'],
['int', 'NzUrZXgtZQkyY0JBZUYrNjA1YTVmRDc='],
['int', 'WEJmY0U1Mwp4QUZ4ZEEKMUQ='],
['int', 'QzJCMgk0Mw=='],
['int', 'eDRlQWFlMiA='],
['int', 'ZGFjMDQxbzYKCUIgRQs4Cy0wYzlPZGQ='],
['int', 'QTUueEMrT0Q0MgpkK0U='],
['int', 'NCA1'],
['int', 'NkQLRi1v'],
['int', 'RAlPNw=='],
['int', 'YmJhYUEgIHhGTy1PTzlieGQ0QyBPLmVv'],
['int', 'NgkyNjAKb0ZBMmJvNzN4eDRBLi0='],
['int', 'IDA2ZlgyQWU5MlggMlg='],
['int', ''],
['int', 'REEtYzRYMgsKNA=='],
['int', 'NkM5NStDYURiY0QzYw=='],
['int', 'ZkREMUF4Q0NYMEUrRTc1Q0EJKzgwMzk='],
['int', 'QzVBLis5ZmIrZSs0NkILeGM4Mgo='],
['int', 'M0I1K29DeAotWA=='],
['int', 'Qw=='],
['int', 'K0JmNzlPeDIyZDdCCWNEYw=='],
['int', 'T0VCQUYuRi0xMAsJT0YJLQpD'],
['int', 'NDhm'],
['int', 'QTVGLi4yMjg1ZC41Mw=='],
['int', 'LkI4MTQ3eDgLYitvNGYgK2RhCTkgLgpY'],
['int', 'IC5PZEEyeC1DK2FkQisgN2Uz'],
['int', 'QUZlNiBDQSBCQTlBZTVGby0zYmU='],
['int', 'Y2QwMm85YkU='],
['int', 'LkEzOAtvMjEzMGZjNg=='],
['int', 'Zm9EYzhYQQorODBPOUY2NA=='],
['int', 'OWFDIDAzZkZlC08rMDIzMUMtTys='],
['int', 'Ng=='],
['int', ''],
['int', 'eDlEeGUuRC0uYzRjMwowQkUJNQ=='],
['int', 'Ri1vNiBvMjdlIDNhRWUgYlg1LjArIE8='],
['int', 'eCtkeEJlT0IKCmUwMUVvY1hDNCs5MjE='],
['int', 'Nitm'],
['int', 'MTEyOA=='],
['int', 'MjQyNEF4NEI2T1hYNzIyNWIKNjg2WA=='],
['int', 'ZGVFIDFmIGIz'],
['int', 'QWQuCmIxRDFFZTZmCjNYNWIrRTBleA=='],
['int', 'MzBmCzYLLQtm'],
['int', 'ICtiWG8LKzc1CzZkZjZDQw=='],
['int', 'NUUxQVhjIEUuK0JvCTgyZmRlOUZkKwk='],
['int', 'IG84ZQlPLnhhYzk5T2Q='],
['int', 'ZWYrT2R4IDYrNnhCOTljY0VheA=='],
['int', 'NmFY'],
['int', 'CTIwQ0VvLmIJMTkg'],
['int', 'QzBPRURvby03CUVkIDZET0MrIA=='],
['int', 'CgkxRGUtZDBCCzYyIA=='],
['int', 'WCt4ZWY2CVgKLjFBZWVECVg='],
['int', 'LUMuN2YzIGFCQzMwNEREZiA2b2ND'],
['int', 'b0MJWCs4NHgKbzlmRAliOA=='],
['int', 'CmZvYUIgRS0KMGFmT2NkCgtFNUE5Y0Iz'],
['float', 'OTc3MQ=='],
['float', 'ODMzNCAgMjQsNjFlLg=='],
['float', 'MjU0OTEyMTUzMTArNQ=='],
['float', 'JzUz'],
['float', 'Ni02LTM='],
['float', 'Ky4sOCc3ZTA1NTU0LQ=='],
['float', 'MSdFMScgCTAnJzArLkU0MSBFNGU='],
['float', 'LjUwRUU='],
['float', ''],
['float', 'LDYJLiwrZQk1Ky4='],
['float', 'ODYwCSsr'],
['float', 'IDgrNQkgZTgyZTE0LDIJLDkJRSw='],
['float', 'MDIJNDMuODMsJzgyJy0zMWU5NjI4OA=='],
['float', 'NkVFRSwJOCcrLmU='],
['float', 'MTQ5'],
['float', 'IA=='],
['float', 'NC0uNzhFMSdlMDIyMTYnZTI5KzU0MzU='],
['float', 'OCs1NTdlNzg4MTc1OTIuIA=='],
['float', 'JzYzLGUrMS43J2VFNjg1RTMgKw=='],
['float', 'NTRlZWU4CS0zIGUJ'],
['float', 'NSszLS4zNGUJOQ=='],
['float', 'LgkgNSswKzYnMw=='],
['float', 'Jy0JLWU2IDUt'],
['float', 'Njk5Nwky'],
['float', 'MDYgMjZFRTM3MzkzNg=='],
['float', 'CTA4MSwyOCsJMEUsLQkgNTAJNjU3'],
['float', 'NjM4'],
['float', 'RSsuLjAyLDM4RTQsLTAwMSwg'],
['float', 'LjUtLSA0LS04IDQ1NTQ0MwkzNTk='],
['float', 'CQkzIGUsJyAwMTcsNDcwNw=='],
['float', 'NzJlCS4sK2UxNzE='],
['float', 'RTcxNTYyODIrMisyLDk='],
['float', 'RSc='],
['float', 'NDU5LCszRQ=='],
['float', 'NQkxZTM1MTlFMSsxMw=='],
['float', 'NkUuNTc2LDgnMjcnMDcuMw=='],
['float', 'LDIgOS0r'],
['float', 'OCs3MS4sLA=='],
['float', 'NDI='],
['float', 'MSA='],
['float', 'ODMuRWU4'],
['float', 'M2UJJzky'],
['float', 'ZTQ0MmUsNDA1CTEyMys3MTcJ'],
['float', 'OC01LSw4NScnNTA0MiAsNzQ4MzMuMjc='],
['float', ''],
['float', 'MS0yOQ=='],
['float', 'KyAJJwkgNjlFNmUrNC0tRSAJ'],
['float', 'OEU0RTAsLA=='],
['float', 'NTEgOTgzJy1FZTdFIC4gOTkuMThl'],
['float', 'NictOSctMi02Nw=='],
['float', 'OC0wOCAxKy0sMSxFOQ=='],
['float', 'KytlMzVlMw=='],
['float', 'NjhlMTQrLCc5LDQ='],
['float', 'NDU1LTgxNysxNQ=='],
['float', 'LA=='],
['float', 'NjQtRTMzOCdFLjgwLg=='],
['float', 'NS4wLTMrKzQxNjYw'],
['float', 'CTc5MzY3N2UJCSszMQkrRTJF'],
['float', 'Mzc2JzksLTA3MysuNyw='],
['float', 'Kwk3LjFFIA=='],
['float', 'OGVlJzAxLic3'],
['float', 'NWUgLjUzOCcyOSc2MDIyMjUtMA=='],
['float', 'LEUnOS1FLTUzRUVlMw=='],
['float', 'OSA2Ny4tKyAJODk='],
['float', 'Mi0zLSArNCszKzUsMC03LjA1NiAnLS44'],
['float', 'NSc1LTEwLg=='],
['float', 'Ky4xZSBlNg=='],
['float', 'NTI1NThFNDVFKzkgIDRlMzQ='],
['float', 'OTk2IAk3Jys='],
['float', 'NC1lJyA1MTMyMQlFNDgyNUUw'],
['float', ''],
['float', 'NycyJyA3NTYrKzA0Ky0yMjAzMQ=='],
['float', 'OTg5MjY='],
['float', 'OCAwMTk3OTIgZTQuICc='],
['float', 'JzY3ODhFNzQ5LjE3'],
['float', 'Nict'],
['float', 'RS1FZTAtLjY1LWUuNUU='],
['float', 'NCw1ZUU2NjctCTM4OC0zZTkuCQk2Kyww'],
['float', 'ODQgIAk0NTkz'],
['float', 'LCcsLDYzNCw1RTQrNywuODQzNQk2'],
['float', 'ZQkgNic='],
['float', 'RWUzMDYnMQkzICw2OTcJNS0tM2U='],
['float', 'NTk='],
['float', 'OCAzMQ=='],
['float', 'MTY3NjI4ODI4ZTU4MDknNy03'],
['float', 'LDM3MDMrMydlMDc2LTErLiwgLjc5LDI='],
['float', 'RScsCUVlODUsLDYxIDYnCTcgRQ=='],
['float', 'Mi0s'],
['float', ''],
['float', ''],
['float', 'ZTU2ZTQ5LDY='],
['float', 'LjA5MA=='],
['float', 'JytFNysyNDEyOTE5'],
['float', 'IDUzMjI5MC01'],
['float', 'LkUsMzNFJzllJy4zLDcuNitlLg=='],
['float', 'RSA4MwkxJzg2NCcu'],
['float', 'OC00RTUsNDg3MyAwLDIxJzkJJzIzMy45'],
['float', 'MC4tNGUyMDA0RTcyMiA2RQ=='],
['float', 'NDk='],
['float', 'JzgJNysxCTMgLDkxMw=='],
['float', 'LDIJ'],
['float', 'Ngk4ZTk1CSwwOScJKzkgOEUyM0VlKw=='],
['float', 'LTMrRUU5OQ=='],
['float', 'NyxFODcsJzg2NCA='],
['float', 'NCAwMjg1LTg2Lic1MzkzNWVFLDE='],
['float', 'Li4sNi0g'],
['float', 'OS4JLkUuNi40RSsgJzEyNzIgNS04J2U='],
['float', 'OS01IDU1MjQJRQ=='],
['float', 'ZSszRTQ0'],
['float', 'IDcrOTkyODYuMCw3LicwJy4wMzcuOA=='],
['float', 'MAkzJywJRQ=='],
['float', 'Nyc='],
['float', 'NjEtCTEzCTAJ'],
['float', 'ZSA0LjQgJzgtLjU2MgkrLDY5CSsxRQ=='],
['float', 'RTMxKzg4OCxFJyc='],
['float', 'JwkrMzUzNzQ2NDZlKzY='],
['float', 'J2UxNTE1JzIyJw=='],
['float', ''],
['float', ''],
['float', 'LEUyLDc0MQksNys5ZSwu'],
['ip', 'ODZDRGYlYWIzOGEyQjoxRjpBRDcu'],
['ip', 'RA=='],
['ip', 'NzQyQy45ZWYzMEI='],
['ip', 'OGU4'],
['ip', 'IGJERi5nW0JkOA=='],
['ip', 'OmQ3YmFnMSBjOWc6RjY='],
['ip', 'MDVGOGc0'],
['ip', 'ZTIuOmFFZy5dNA=='],
['ip', 'NGQ4RWNGQTRBQTkzMWdF'],
['ip', 'OjoyYyBdZTA0NDA3QjhBNTc='],
['ip', 'ZjBmMWZEICUyY0VCQWFCNw=='],
['ip', 'JTRGJWQzNFszYThkJTpnLmMxQTc='],
['ip', 'MWFCLkMxOl1hQ0Q6LmFjOUY6IDA='],
['ip', 'NUFFZmNbZzhnOWM='],
['ip', 'REVmNGE3QTMuNGQw'],
['ip', 'Y0VDWzI5NkM='],
['ip', 'YTAyNzphRTQ1N2Y0OEM='],
['ip', 'OmFBNGc4REYyZA=='],
['ip', 'OmZCZzljYkVdMDdmRUQwZls1ZUNl'],
['ip', 'ZmIzN2U6NkVhMTk4Y0Q5ZjkyQzFiQzU='],
['ip', 'NGI3YzVBZVs5Q0ZB'],
['ip', 'RjA='],
['ip', ''],
['ip', 'ZDlm'],
['ip', 'NGQ3Yg=='],
['ip', 'LjpGMmQ6RTRmRDQgMCA='],
['ip', 'NDU0IDoxZ10y'],
['ip', 'RDkwMy45JWFhMDkuMjpEOWJDYTclJWM='],
['ip', 'JTc2OmRDZWY5JS4='],
['ip', 'W2Y3XQ=='],
['ip', 'Yzhk'],
['ip', 'JVtiZ2I6W1s0LkJjNTBhQTliZzA0MTk='],
['ip', 'OTA6YiUlMEYlRmFmJTI='],
['ip', 'W0NnOg=='],
['ip', 'Z0I1JWRmYWZDZkYuIC5m'],
['ip', 'Q2c2Y0ZGW2MwIA=='],
['ip', 'LmczY2JdZCBEQzFnQjlBMiAlQzZiLg=='],
['ip', 'LjFnZWREMzZdQiA0'],
['ip', 'XTZEZmVBYiVmJWVkZkU3Ll01N2cxY0Q='],
['ip', 'Z0NFLmE5REY2YlslXWZDRS4zOA=='],
['ip', 'MDkgMEEyRQ=='],
['ip', 'W2cgRmNmYw=='],
['ip', 'ZS5bN2IlZDliYTRk'],
['ip', 'XUYxNTIl'],
['ip', 'QUVCOWc0XSVjIGYlN2c4M10='],
['ip', 'RUFlLkVGNTBnYjpDODUxQg=='],
['ip', 'YQ=='],
['ip', 'OEQuYi42LkVjNjFDWzJCOkNkRmdCRmQ='],
['ip', ''],
['ip', 'ZERDZGI3IGRENTBbRDVkQw=='],
['ip', 'Zl02OQ=='],
['ip', 'ODMxJTM5'],
['ip', 'YUFdRjVlOTI='],
['ip', 'MkVhYiVGQjQ5MWQ='],
['ip', 'Zi4zNF0xYUZhMjg0OjM1Y2Q6'],
['ip', 'Mg=='],
['ip', 'ICAxZ0VlQ2FBQUU='],
['ip', 'Y1slOSBjQ0ZCYmJhZF1j'],
['ip', 'MmIlLjZF'],
['ip', 'NzkzQ0RnNzNEZkU2N0VF'],
['ip', 'WzdmN0I5YSBdXSU4Y2UuNi5lRWYy'],
['ip', 'Y0E2Z106OUFmQzE2OkVBYyUuZi4gOGY4'],
['ip', 'RC4xLjdmXWIy'],
['ip', 'IGcyM0QzRmZnJWVkM11EYTY='],
['ip', 'XUMyZV1bOjNbRjhlQTFCRkM='],
['ip', ''],
['ip', 'JTZlWzUyXQ=='],
['ip', 'QkQu'],
['ip', 'LjZE'],
['ip', 'QzEyYTVGRWM3ZzAzNF01QmFlYWVBMA=='],
['ip', 'ZzhiMlsxMDRdYzVlJTUzLg=='],
['ip', 'IGFEMjI0RVtnRmYgNEQuQg=='],
['ip', 'IGFd'],
['ip', 'MUFmXTRjMTgzMTg2QQ=='],
['ip', 'NTk2Yg=='],
['ip', 'NzoyZEEzLmI5OWc0ZEE4RDFFIDky'],
['ip', 'JTREMTliW2dkM2FCOTNjQjozLmVF'],
['ip', ''],
['ip', 'Y2c1NiUzYzI5QlszYV1jZDZnLl1kMA=='],
['ip', 'ZERCXWI='],
['ip', 'YTEwRjlGMUVFJSU0RVs4NEE6Rg=='],
['ip', 'YTVd'],
['ip', 'MjkgRDhkZkRBZTE5JSBdLmZDOSA='],
['ip', 'LkJCXTE3'],
['ip', 'RQ=='],
['ip', 'MzRFYjVjMFtjW1suMg=='],
['ip', 'QUIzRkQgMkMgZzEuMzo='],
['ip', 'YjZnZ2VGMzU0RkYuXSU5ZkZbQmQ6'],
['ip', 'MkFiZDo0YjI1RmU0QmZCM2EuMTY='],
['ip', 'LjM0RUFFNjZnRUFCYw=='],
['ip', 'ZzVEZmNbXURGNyVhYyBdMUNmQQ=='],
['ip', 'IGQwM0RbZ2U6OWNlZjFkMg=='],
['ip', 'Z2E2JWE0MjhhYkFn'],
['ip', 'QTZdYS5DJTFDNDpGZjRjIA=='],
['ip', 'MUQxZzhkNUJBRDkzMGEyYmQuYSVhOjM1'],
['ip', 'JTg1NGJEOjBiOkNlM0E='],
['ip', 'XURk'],
['ip', 'ZGdDOmVkXTRnZw=='],
['ip', 'RkM1LkQxNy46NCUgOC4gZ2FGXUMyLg=='],
['ip', 'JUZiOGVhQzglZDQgNTZkQV00NTU='],
['ip', 'MDElQ1tEZmNF'],
['ip', 'QkZGXTJmYTBnNUJdYjQzRDRjYkZm'],
['ip', 'QzY='],
['ip', 'YmZnYzhnYUFCXTkz'],
['ip', 'IERGM0MwZEY='],
['ip', 'RGM6ZWUzOlsgQzIw'],
['ip', 'OTY0WzJjMjdbMA=='],
['ip', 'ZDZEMTQwQw=='],
['ip', 'NiAgZ2c4ZWM1'],
['ip', 'Qzo1OUViZUE6N2dkOA=='],
['ip', 'OkE1MTViQzE3XWNmQjFiMzU6XTQyODc='],
['ip', 'JUJC'],
['ip', 'ZCVFNiAu'],
['ip', 'JTFhNjIgREZnYg=='],
['ip', 'ZWFDOi5DNzk1Y2FG'],
['ip', 'LkVlQSVlM1tFLmFmOjI5ZjVkOEEuYw=='],
['ip', 'ZmRkRjJhJTU4RjplZmVlXTA3MC5jZQ=='],
['ip', 'ICVdQkFCMDlj'],
['ip', 'QmUxMV00NDNDIDhBYy5lXTll'],
['ip', 'ZUZbRWc='],
['url', 'Y2Fw'],
['url', 'Yz15YS54MTp4aHQgKWFhXT0uw6ks'],
['url', 'AWFiYSZ4I3guQA=='],
['url', 'QEBfIQ=='],
['url', 'KCxhKSPDqX4oJH4='],
['url', 'aCR+Wy8qaA=='],
['url', 'YV8Bw6knJHomOyhbKHA='],
['url', 'ICdbKyEtPzssIGh6Kw=='],
['url', 'K2gxIz07LF1wczovYy4/Py1heiU='],
['url', 'L2g7ISdfLSt+O3MxY3oBPTtzaHAvw6k='],
['url', 'KilAeFslOw=='],
['url', 'QF/DqSQgw6ldeXQ9MStwXw=='],
['url', 'w6krIF8hw6k7Oig6'],
['url', 'Oz1dJHhAX3QhK2M='],
['url', 'dC4p'],
['url', 'P3o/fiAoaH54Iyc6OnAvYS07JGI='],
['url', 'LzF5Og=='],
['url', 'MWI/YiEkJys='],
['url', 'YlsxLHAnOg=='],
['url', 'cCsxw6krJy0tJg=='],
['url', 'JmIBKFs6fng6aCs9ICU9MXgBKA=='],
['url', 'fj0jKzoqJMOpJmgkQHphPzo='],
['url', 'eWFhLAFjcHljQEBfLGMgOnN5KmIBKS0='],
['url', 'YyYnJ3koLXk7LH5oczEgfg=='],
['url', 'eSVAOigqOiRAI2MnI0A='],
['url', 'eDo/KXN+'],
['url', 'ASdoYyojLXot'],
['url', 'XS4BKS16LSpiXWEgITpbLnNdLg=='],
['url', 'eTs/'],
['url', 'WzpAKjp+fnR6X3B0LEB6Xw=='],
['url', 'Ly0pdCR4JCE7JSs9Oih6eV9hKg=='],
['url', 'PS9dOnQjeXg/L3AxP2FbYw=='],
['url', 'dHA='],
['url', ''],
['url', 'Jy5jLA=='],
['url', 'Omg9aHokeTpwKD8lLC0='],
['url', 'K2NoMSUmeS9zaDpAeDE/JAE='],
['url', 'X115LXl+aChjLyzDqcOpKQEgdA=='],
['url', 'KnRhOl8sw6loKiVAXSV+eA=='],
['url', 'LcOpOw=='],
['url', 'c2JdeiMpIFs6KWEqICk6eSgrQCEmAcOp'],
['url', 'JGM/cyoqJCVbMWFAIXoheSdoIQ=='],
['url', 'eUBhLWNweT94fjtoKzt+enhAOig='],
['url', 'Yi0tLTt5I1s7IS0hfj8pPSFhLg=='],
['url', 'aFsuIQEmJSopK2ggX3otXw=='],
['url', 'PyAjITp+Xy50XQ=='],
['url', 'Og=='],
['url', 'aF94eD06MSxzPWFdLj0jMSA/OgEhJw=='],
['url', 'QDosL0A6KyZ4JionOykrMQ=='],
['url', 'Ol1ifmgvYSQlLnDDqWExOiY9aA=='],
['url', 'c2E6Iy5fWyNieHABOkA='],
['url', 'Lz0vLXpdIyFieHpi'],
['url', 'LDoBKCp+XSg6IS07LwEkXXg='],
['url', 'Ow=='],
['url', 'QGIpegF5OipdeSBwcyMB'],
['url', 'OjE/w6kmaCMtYQE6O3BiPUAlc347O3MpOw=='],
['url', 'Yik6dHB4YSMxXytzKSYgJ2M6'],
['url', 'Ojp6J3gmIy4kYUBjaF0oOik='],
['url', 'eXgpI3Mp'],
['url', 'Jyt4dCY='],
['url', 'cHovPywoXy4BWyNzLD0/PSkrI2g7cw=='],
['url', 'ei07ICUrfnMnLDE='],
['url', 'OwFiOiZAPS4xLg=='],
['url', 'Oi8uYy1iYyQhXyMsLSYqfiM='],
['url', 'ATrDqWM6KAF5PSM6Ly0neGg='],
['url', 'LSEsI107JDE6IyHDqSE='],
['url', ''],
['url', 'fl16K0BwASl6YStbOyUndA=='],
['url', 'LWJ4fil0MUA6YnMxASAmeSN6Og=='],
['url', 'YyklYS96w6kpX3MvJnpbPw=='],
['url', 'fiUrYT0nw6k7JXNjOydwJ8OpJA=='],
['url', 'JT9wXXl+KXR4XT0lQAErXWMsJA=='],
['url', 'fsOpP3oxLDouw6kqXy5bJSksw6kB'],
['url', 'dA=='],
['url', 'QDphLS8hPSo9X8OpOy8ueXBbK3k6ATog'],
['url', 'Og=='],
['url', 'eQEueCdhKQ=='],
['url', 'eCE9W3AtJmFfOl8='],
['url', 'QHM/eTouI3N0dMOpaGg7Iy9zKHM6YQ=='],
['url', 'LnAhI3M='],
['url', 'YXolKg=='],
['url', 'dAFAKQ=='],
['url', 'JCc6XXp6Yl90JMOpOyQ9OisrLA=='],
['url', 'I2hzPw=='],
['url', 'IDpbw6lb'],
['url', 'czF4'],
['url', 'Jih4YSDDqSU='],
['url', 'XyPDqS4paC4gJ8OpKwFhMXTDqSc7IHgrIXM='],
['url', 'O3NhYTth'],
['url', 'JCo9Jl1dOiE6ei4sMSlwKj/DqS0o'],
['url', 'c10mMStiKHPDqT1wKGIkICliK18r'],
['url', 'KH4mLT1dYyF5JzshPz8n'],
['url', 'cCsqO34rJA=='],
['url', 'XTo/ICl5'],
['url', 'c3QuKXMsLCklemE='],
['url', 'LXgpQF94cCU9O10sPzEhW2EvJQ=='],
['url', 'YQFbAT1iJF1fcH4lIGh4'],
['url', 'YSd0fit6aCshYSdhK11zIw=='],
['url', 'LnAsXT14I2E9w6ljKiNAKA=='],
['url', 'cHpoJT0='],
['url', 'LUA7eCZ0YS46OnRfXSY7YSE6cyY='],
['url', 'Jy1dc35hLykkAQ=='],
['url', ''],
['url', 'PyoqdMOpaC1+'],
['url', 'J3MjaH5zw6lhAShbIWI6PQ=='],
['url', 'KMOpekBhaCpjICZbcw=='],
['url', ''],
['url', 'YiQpKiosYmF6ICtzIA=='],
['url', 'LSkveSc='],
['url', 'WzoBOjE9LS06IF8='],
['url', 'PSR+X3gncA=='],
['url', 'OiVoP34sXSFhKQ=='],
['url', 'LHM='],
['url', 'Xz9zQCs/PTpzWyRf'],
['url', 'eHRoeiF0OyNALiYgKzFbdDomcCs='],
['url', 'XXNjLScgQHogOj0sPXM6XXNd'],
['url', 'eEB0cyd+X8Opc3QoYng='],
['url', 'JD0vL3AoOgF6MWF0QDssJl0oJTohLyU='],
['url', 'eWNhQCwneSYhKHl4PWEscD90Kyp6OmN5'],
['url', 'J2g='],
['email', 'Ll0p'],
['email', 'UEBiX0ksWzp4KMO8w7w6Ilxbw7x4dmJJYlBA'],
['email', 'X1BbLsO8OnZi'],
['email', 'bjZbw7xfbl0xKF0tLiI6SQ=='],
['email', 'Njp2UDpAUC1cOmJQK0lb'],
['email', 'MTE2XDZQIA=='],
['email', 'Ng=='],
['email', 'KWF2bsO8YixJ'],
['email', 'SVBfMSJQOg=='],
['email', 'KSg='],
['email', 'XC0sQF1JQEk6eFsgXVxieC1dLiBf'],
['email', ''],
['email', 'OigoXTEpLCsrXzEiYlxiLQ=='],
['email', 'QCAsOigpeFxuMSxd'],
['email', 'InZuQCI6Il8pX18p'],
['email', 'NmJANjFiKF1fKShfOixiLkB2'],
['email', 'XQ=='],
['email', 'LHYrK11JXVs2XyxuUHhb'],
['email', ''],
['email', 'eCs='],
['email', 'K24oYiAxMWJ4eC0sLiwpLCB4dm4xSV82'],
['email', 'W1AgSSxJLnZ4XA=='],
['email', 'XWJhXFxhXw=='],
['email', 'W1A='],
['email', 'KGFcYTo2IkkreG5AWyhcXw=='],
['email', 'bg=='],
['email', 'KS42MStdLmFdeFsgWyI='],
['email', 'KS5QKFBJLDphUClcMQ=='],
['email', 'w7xhdihQMWJbMTZbK2E='],
['email', 'XCxbw7wuMV8tOkAsIl8rYSguw7xidikuw7w6'],
['email', ''],
['email', 'QGE2'],
['email', 'OkksUCliUCl4eMO8YUA='],
['email', 'KGEsYUAsSSg6'],
['email', 'QC0iLCw='],
['email', 'biLDvDY='],
['email', 'KClALl0gw7w2MUAtMV8='],
['email', 'XyIiInhcNg=='],
['email', 'OjZcKXg2UC0iUFw2Xyx4Xy4t'],
['email', 'XC5fLkliLCs='],
['email', 'dl86eDZcIlw2XSJ2NjErdlAoYg=='],
['email', 'IHZcXGJiNg=='],
['email', 'bm5iXyJQYSIreC4oXcO8'],
['email', 'UClb'],
['email', 'KyssKy5bMVwuK8O8XA=='],
['email', 'Il0iOlwsLVxJXVw='],
['email', 'LMO8YkBANmIpLi4uX24='],
['email', 'LEk6blAxXMO8MSw6LFtiditfeCg='],
['email', 'LVsgUF1bKFBdSQ=='],
['email', 'IiIxIiBbYXgo'],
['email', 'QF0uNilhbm5hK11cQFBdNiBQXG4tXF8r'],
['email', 'KV9Jdg=='],
['email', ''],
['email', 'YiBuMSIxeCx4biw6XCtbQEk='],
['email', 'YUB4dlAsNiJfeDYoKUAiQA=='],
['email', 'IG5fLCssK1BfLW4rLA=='],
['email', 'NixhMVx4LlApSUnDvGE2W18='],
['email', 'XGEiIiJJSWJ4UDooOig6Im4gQFt2Xy0='],
['email', 'bjZbX19bw7xhNlxbQFAiIikpYg=='],
['email', 'NixhNsO8XUlfKA=='],
['email', 'NltQ'],
['email', 'KFBuKy0pXFAgKChAK2FJLkkseCg='],
['email', 'MSldYmF2diJuXywuWw=='],
['email', 'UA=='],
['email', 'UElQLlAiIHhQXWEpLTF2LG42Onh2'],
['email', 'KFss'],
['email', 'XMO8X2F4YlAoLDoreC52XzYreA=='],
['email', 'KC14XG5QLlsgbnYgXF8ibklbw7xuXEAs'],
['email', 'UDYsUCthKykpKShAYW4rW0koKCw6Xyk='],
['email', 'LTE2OltdWysiWyIrW1BAXHg='],
['email', 'LsO8XTo2eEldYl12'],
['email', 'eFwt'],
['email', 'UF9cUMO8SUAuOjpdYSwoK2IxWykiIEA='],
['email', 'XC4uUHYsXytbLl9iYigiOg=='],
['email', 'YkkrKy0tSV9cdik6dlx2XHhd'],
['email', 'WzpQXGIoNm4gLix4KCsxLV0tUF8rLg=='],
['email', 'LDFJIDpbLSA2YjEt'],
['email', 'Ii02LlxA'],
['email', 'SV9udls='],
['email', 'IlspYjp4WyIt'],
['email', 'w7xueCIpKyggKF9bXQ=='],
['email', 'KG46QF0gQMO8eMO8bl1hX8O8OiB4UDZfLi0x'],
['email', 'IjEpIlwpeF9QLC0uYiJuIsO8'],
['email', 'X1tJYSh2Ng=='],
['email', 'XV0xLGHDvF12YiAs'],
['email', ''],
['email', 'eGEiKSx2KTp2LWJJLiJdX18uUCJdUFw='],
['email', 'IHY='],
['email', 'XVtJWyh4KV0rICgxWzF4MV0gKyldWw=='],
['email', 'K3g='],
['email', 'SStdIC0iXFsiLG5QWw=='],
['email', 'eMO8IFAiImJfLG5dYlw2STZJQC0tXElh'],
['email', 'w7wxdlsxdmIgQCtbdlt2KFtAUMO8blBiUCs='],
['email', 'XA=='],
['email', 'KTE6ICAxIFBQXVzDvCwueFwoSS4s'],
['email', 'IGIuWyIiK11hbiI2djpQXS5iKUl4'],
['email', 'XSlhXygrSUA='],
['email', 'K0AiQFs='],
['email', 'XSlhLS1iIlA6biIxIMO8w7xiw7xcIDFidlwr'],
['email', 'LSJcw7wrWzEr'],
['email', 'YWIoOisobls='],
['email', 'djYiXSw6XV0tX192dithKElf'],
['email', 'XCB4XHgoQCJASShJUDE6SQ=='],
['email', 'KV1dW3Zcbngr'],
['email', ''],
['email', 'XGI6djo='],
['email', 'Oi5uKStQ'],
['email', 'LmFJblApLFx4dixbIF92KTp2SQ=='],
['email', 'LjFfdjEsYTF4YTY2XF8pLQ=='],
['email', 'OiJ2MV1f'],
['email', 'dlAuICkreHYtIm4='],
['email', 'MVxiOjo2w7wgLA=='],
['email', 'KCssKSs6KW4tSSg2X3gg'],
['email', 'Og=='],
['email', 'X2IoK3Y2UCArYl8seCtAXFBuWyhAKEA='],
['email', 'XCtJdjZbUGEseDphbkBhXXYpXw=='],
['email', 'w7woKEkpK25fXywoLV1cIFBcKA=='],
['email', 'X1BhKUl2LCApYTFibg=='],
['email', 'X1B4XClfw7xiOsO8X8O8MShhbsO8LGFi'],
['email', ''],
['dom', 'LWIgLSAtXy5hMSAtYV8uYi1hIA=='],
['dom', 'ICBfLmE='],
['dom', 'MS1iLi1fLmJhMS4tIGItMS1fIA=='],
['dom', 'Yi1iMWEtYV9h'],
['dom', 'Yg=='],
['dom', 'Ll9hYmItXy1fXy5hLV8='],
['dom', 'MV9hLWFhXy5fYV9i'],
['dom', 'Li4='],
['dom', 'X18uYmEgYi0uYTFfIGFiYg=='],
['dom', 'XyA='],
['dom', 'LS4uLS5iLQ=='],
['dom', 'Yl9fLS0gYg=='],
['dom', 'YmI='],
['dom', 'LQ=='],
['dom', 'IGItMV8gXy0='],
['dom', 'Yl8gYmJhLTEuLi4uYWIxYmIg'],
['dom', 'YTEtYiAtMTFfMTFiX2JhX2Ix'],
['dom', 'Yi5fLV8gYS5hMSBiMTEtX19hLi1i'],
['dom', 'LQ=='],
['dom', 'IGJiLmEgIF8xYS5fYS5iLi0uLmEtLl9i'],
['dom', 'ICAgLWExLmIgXy4tYg=='],
['dom', 'LiAuLjE='],
['dom', 'LS5hIDFhLWFiYjEtYmFhYS0tLQ=='],
['dom', ''],
['dom', ''],
['dom', 'IC1fX19iIF9hMV8xIGEgMTEgLi0tIF8='],
['dom', 'Li1iX2EuIC1hMWEtLS4gIF9iLSAgLiA='],
['dom', 'IDFhLmEuMTFfMWI='],
['dom', 'LSBhYV8xIF8uLS4gMWI='],
['dom', 'IC0tMWEtYi1iYWIxYl8x'],
['dom', 'Ll8tLSAgIF8tLl8xIDExIA=='],
['dom', 'YS4t'],
['dom', 'X18='],
['dom', 'YTExLl8gYiBiIDExLl8tYmJiMTEuYQ=='],
['dom', 'YjFiLi5hX18uYS4='],
['dom', 'YWEtLV9hLg=='],
['dom', 'Ll8xICAuMWJiLi4tMTEgYjEuXy5fIC4t'],
['dom', 'YmEg'],
['dom', 'Yi5hLi1fMWEtYWFhLg=='],
['dom', 'LTFfX2FiYWFiIGJiYWJiLS4xMV8g'],
['dom', 'YiBfX2FfXy0tLWJhYV8='],
['dom', ''],
['dom', 'YjEgLS4xLV8xLWItYmEtYjFfYg=='],
['dom', 'XzEtYmEuMV8uLV9iLiA='],
['dom', 'IC0tX18gYV8tLmFfMTE='],
['dom', 'YWEtIGFiLmFiMS5fYi1fMWEuLmE='],
['dom', 'Yi1hMV9iLl9hX19hXyBiIGEgYmFfYQ=='],
['dom', 'XzEuXy1hIF8tYWJiLmFfLTEtMSBfYjEu'],
['dom', 'YWExYSBiYWEtMTE='],
['dom', 'XyBiLl9fLiBiYi1fLTFh'],
['dom', 'YjEuXw=='],
['dom', ''],
['dom', 'Yi4gLV8xYV9hYS0tLS1iLS1hLi4u'],
['dom', 'MS0uXy0xMV9fLQ=='],
['dom', 'LS0uIGEuIGIxIGFhMTFiYl8='],
['dom', 'YSAgYS0gYS1fMS5hLS4xLWJhMS4tMV9f'],
['dom', 'MV9fIC5iYWEgLWIuYi4xMQ=='],
['dom', 'LS4uLmJiYSBiX19fIGFfIC4gYi5hLg=='],
['dom', ''],
['dom', 'IGJiYV9fLjFhYiBi'],
['dom', 'LSAtIGFiXy4xLiBiYS1iLTEtLTFh'],
['dom', 'Yi5hYi4tYWEtLjEt'],
['dom', ''],
['dom', 'IGEgLTEgMSAxLSAgICAgYg=='],
['dom', 'LWJiYWFfMWIxXzFiMS4='],
['dom', 'X2FfYjExLWE='],
['dom', 'IF8uYg=='],
['dom', 'Xw=='],
['dom', 'YmI='],
['dom', 'YWFfYl8tYWFiLjEuYjFf'],
['dom', 'YV9fMSBfMV8uYS4gMS4uX2E='],
['dom', 'MS4gLS5hIF9hIC1hYi0tXy0xXy5iIC4='],
['dom', 'MWFiLi1hMS5hLS5iMWEg'],
['dom', 'IC0xLWExLi4uIC0gXy0gMV9iIC0u'],
['dom', 'IGEuMSBfMTEgLi1iIC1iIGIxMWIx'],
['dom', 'YWIuLiAuYWJiX18xMS0='],
['dom', ''],
['dom', 'X2IxYSBfMWE='],
['dom', 'YV8gICBfIGFfLi1fLSBhYS0tX2IxLjFh'],
['dom', 'MWEg'],
['dom', 'YSBhLTE='],
['dom', 'IF8tYl8tIGIuMWEtYV9iLg=='],
['dom', 'LjFiLSBfYiAxLmEuLl8xYTFiLg=='],
['dom', 'IC0u'],
['dom', 'MWJiIDE='],
['dom', 'IC4tYV9fICBfIF9hLS4gXyAt'],
['dom', 'LV8uIDEtXy0gIF9iYS4uLS4='],
['dom', 'MWExYg=='],
['dom', 'IGE='],
['dom', 'MS4='],
['dom', 'LWJhLWIgYjEuYl9fYWFiLmJiLV8='],
['dom', 'YSAgMS1hYWExYWIxICAgLi4xMS4uIF8='],
['dom', 'X2FhLSBfLS5hYmFf'],
['dom', 'YiAuYmJiX2EgYV9iYWJhLS0tXy4tYg=='],
['dom', 'IC4gXy4uYi5fLiBfYi5hYSAuLQ=='],
['dom', 'LiBhMS5fMQ=='],
['dom', 'MV8tLS0tIGExYmExYV8tLmFhMS4uYQ=='],
['dom', 'YjFiIGEtYS5iIGJi'],
['dom', 'YV8gIC5fXyAtLS5hLg=='],
['dom', 'X2FiMS0u'],
['dom', 'YS0gMTFfYWEtIF8g'],
['dom', 'Lg=='],
['dom', 'Yl8xYl9fYS4xLWI='],
['dom', 'LSAuYmIgIF8tYTEuLS1iLWJfLl9h'],
['dom', 'MV8tYjFiLSAuYS4xXzFhYV8gLWFiIC0x'],
['dom', 'MWIxLSBfMWJhMV8tYSBfLWJfMWIg'],
['dom', 'LWEtXzFfLS0xLjEu'],
['dom', 'MS4tYmFf'],
['dom', 'Yi5fLi0uLi0uIC1fYl8xX2IxXy4gYTE='],
['dom', 'YV8tLSA='],
['dom', 'YmIgYi4tIC0gLi0='],
['dom', 'XyAxLWEtLjEuYi4uLTFhYV8t'],
['dom', 'XyAtMTFf'],
['dom', 'LmFhLS0xX2EtYmEu'],
['dom', ''],
['dom', 'IC4tMS5iLQ=='],
['dom', 'MV8tYiAgLi4gLWJiXy0t'],
['dom', 'YjFhMWExYS4gLS4uLS4tYi5i'],
['dom', 'YmEtLWFhX2ExMV9hLS4gLQ=='],
['dom', 'YmItLi0g'],
['mac', ''],
['mac', 'RmdiYTFFQkUzNEYtMEJnMy1iZDJhOQ=='],
['mac', 'ZTplN2I6MURDNWU5Lg=='],
['mac', 'RGVEOjg0QmczQ0NENA=='],
['mac', 'MGdDIEM1Q2dnLUE6ZTZjN2ND'],
['mac', 'OjZlLi5DQy5BRjk0'],
['mac', 'QS5F'],
['mac', 'ZS1lOGViNGNERGU4ZA=='],
['mac', 'MjAyNSA='],
['mac', 'OTk1ZS1jY0JhNzFF'],
['mac', 'QmYgQUQ0M0ZkNWZEOkQ2ZyA='],
['mac', 'Oi41LjpGZC1iMDQ3RDMg'],
['mac', 'Nmc6Yy5lQUU='],
['mac', 'NGU2'],
['mac', 'YUZiZEQwZQ=='],
['mac', 'QzU1NWIwZC1hOC5nMjFBYkNhQw=='],
['mac', 'LkE0Yg=='],
['mac', 'ODItN2NDRjdn'],
['mac', 'IDEgNkYzQWEx'],
['mac', 'IDM='],
['mac', 'MzJjOUQtRkZGN2dCOmFCLg=='],
['mac', 'YkFkMmI='],
['mac', 'ZWI6'],
['mac', 'YzBlIGcwZS1GOURiRSBjMQ=='],
['mac', 'ZWY0RToxOjA2Li40LjRFNQ=='],
['mac', 'MkM4ZTFCOjo2YUI0ZQ=='],
['mac', 'ZkFiQzZiNWI1ZzJCMzo1ZzVBZDhkQ2Y='],
['mac', 'RiA6LiBnNkJBRWQ='],
['mac', 'LWFDRjBBMWNjRTRCMENEODdnOjZGOg=='],
['mac', 'IGIxMjEyQ0FBMmVCIDQz'],
['mac', 'RTVk'],
['mac', 'ZjExQjY2NjFBIGctOURiZzM2NGUyMQ=='],
['mac', 'LmRjM0JCRmQxRTE4LmIgY0NlZUY4YUM='],
['mac', 'ZkY='],
['mac', 'YSA0MENmOA=='],
['mac', 'LTc4Y0VFZDhELUI='],
['mac', 'ZTg='],
['mac', 'Yi41MWIyZEFBLUM6Z2dhZUFGQ2YzLUY='],
['mac', 'MEJBRWVkZmI1'],
['mac', 'LkQgZi1GMEVnODRlNWFFZTdDQ2Q0ZA=='],
['mac', 'MTRmRWJmQg=='],
['mac', 'ZzpCYzg1Zjph'],
['mac', 'MTZkNDIw'],
['mac', 'QjhERjNhNEYyZDBGLUI0IEM3'],
['mac', 'MmItYjk='],
['mac', 'NTQ1RSBERjggZTIxZS5kNw=='],
['mac', 'OC0yIGNnM2MxQmFBYUJFODpD'],
['mac', 'MDJjOEVjQi02RGdkQkYtLjkuOmE='],
['mac', ''],
['mac', 'OWNCYzFDMWJlMCBCRDA4QjI4ZTg3Ng=='],
['mac', 'RjBFYzVDZGJCZjIwNmNFOTc2IDplMQ=='],
['mac', 'NDBjRGY4OUUwNGQ4MkFFNzNGYTM3'],
['mac', 'MDpGNy0uMkQ1NjkgLWJnY0Q='],
['mac', 'RmcwMmcuZ2YxZQ=='],
['mac', 'MWM4YkVmMzk4ZUIgZTY='],
['mac', 'YQ=='],
['mac', 'Y2VBYTUxM2VkNzYwMWc2'],
['mac', 'ZC5DRGViLTJG'],
['mac', 'LTQ='],
['mac', 'QzVlOjA4'],
['mac', 'LTU3OWY1Q0ZhRDRGZDZm'],
['mac', 'ZUMzNUZFZGU3ZTdBZUJERC43RGVmZjIu'],
['mac', 'MS45MDZBY0VFQzgwNjdmZjRmY0U4ZzRF'],
['mac', 'My1lQQ=='],
['mac', 'My4xZUFFNDRh'],
['mac', ''],
['mac', 'OTFkQTMtLUE4'],
['mac', 'RDAuM2UtNmMuRjA4OGE='],
['mac', 'OGRFRToyRkFjZGUwMDlFYmRD'],
['mac', 'NUE6LTVGQ2UyNUEx'],
['mac', 'ZmYuNmFkOUE6NjUzYjhmRCAx'],
['mac', 'MmRiOEQgQ2czQzBlLjZCYjg1'],
['mac', 'Qi4uQmQ6YzBDNyBnOiBhQzc='],
['mac', 'YjhmYw=='],
['mac', 'Qy1k'],
['mac', ''],
['mac', 'RWZFYmFERDFnRWdD'],
['mac', 'LkUxOjgyYjQ2YjJBZDFiRmYzNDc2ZTc='],
['mac', 'QmYw'],
['mac', 'REQuMTk6RQ=='],
['mac', 'N2ZnOmI1MzNiOCBnRDkwLjk1LS4='],
['mac', 'Zjg4IDAuRmRiZzhjZkQ6'],
['mac', 'My5k'],
['mac', 'RGM5YWcgMTYyMGJF'],
['mac', 'MURj'],
['mac', 'NGNFRTQuQg=='],
['mac', 'ZUItMzhEQjI1Q2YyNTNC'],
['mac', 'OiBCMA=='],
['mac', ''],
['mac', 'RUQgRSBiMUEtNjA1Z2U3MjphOTg4OiBi'],
['mac', 'ZWQwRjAgOTc6N2Y6NA=='],
['mac', 'MzE='],
['mac', 'QUE6MDpiQ0VlRWEwYjdlYTE1ZWJELQ=='],
['mac', 'Yi00YkNiZWZiMTBnQWQ0'],
['mac', 'LmVlOUVlMkQ5M0MyQ0JhMkRnYzA='],
['mac', 'OC5GLTA5IDNCRGNkZyBEOGdkLQ=='],
['mac', 'Q2FnZmUgQWRGNWI1MGI6MkMuZzA='],
['mac', 'Z0Et'],
['mac', 'RjdhOmEuNWY='],
['mac', 'YTggYThn'],
['mac', 'MURnRDpFRUM0MC1BZzk='],
['mac', 'QUJGZTpDMEJiZWc='],
['mac', 'OEM1MzkyN0UgYWdhMjg4M2RFMzg='],
['mac', 'OmJkMzlkREQ2'],
['mac', 'OjkxIGIuLjhnNjFkOEFCM2U2Y0RmQg=='],
['mac', 'Qzcu'],
['mac', 'MzBDZEZhMTUw'],
['mac', 'QTM4ZzZj'],
['mac', 'Z2dlMjRnMkIgZjFnNzo2LUY5Yg=='],
['mac', 'RDRiOWU1Yy5hNiA4N0EyMg=='],
['mac', 'OEQ6RA=='],
['mac', 'MGIgOjJnMWdnZQ=='],
['mac', 'NzRCRGZEZw=='],
['mac', 'MmJjQyBCM2E3YzMtYw=='],
['mac', 'ZDNGOERnMkNCN2EzRGIu'],
['mac', 'MzExMmFkQzFmQi5iZTBmNEFkMzg0Y0Rl'],
['mac', 'RC03Yjg3ZzBFMjQzOjI='],
['mac', 'LkY6M2MxN0RFMC1BOTEzQjYgMjM0RmFn'],
['mac', 'Yy4wMERi'],
['mac', 'MzFl'],
['str', 'Ly8='],
['str', 'AAA='],
['str', 'LXg8IS8hYQ=='],
['str', 'Py3DqT7DqTwmPSIgJi0+w6kgYic='],
['str', 'IT0+XCY9L1wvLQ=='],
['str', 'IFwtPmE+LWE9LyYmLyY='],
['str', 'ICIAAABhPiA+YTxcPSYmJg=='],
['str', 'JlwgPiIiw6kAIiY9AD8vJj0='],
['str', 'PgA8'],
['str', 'L2EvIS8tPFxiJy8='],
['str', 'w6k8XD7DqSFhLy8iJyI8PidiPCYtLQ=='],
['str', 'LyAgPFx4XMOpPi8/w6k8LWInw6khIicgeAA9'],
['str', 'LQB4ACA9YjwmACEhPVwiPiAiYiY9XCAh'],
['str', 'J2I='],
['str', 'YSY8YcOpLWIgPAB4eCA8'],
['str', 'PC0hJiY+PQ=='],
['str', 'Pz0nPT4nACfDqSYtYjwn'],
['str', 'PQA='],
['str', 'w6kgJngvJj4gPiFhIsOpYSE='],
['str', 'J1xiYi0+YS8nJmEiJj54Png='],
['str', 'Pj0iIcOpPAA8PicAP3ggJ2I/'],
['str', 'YmE+Yj0tIHjDqSctJy0hYQ=='],
['str', 'IQ=='],
['str', 'IFxhLQ=='],
['str', 'Ii0vw6ktJnghw6ktXCAiPjwgw6liP2I9LT3DqQ=='],
['str', 'w6liIWEm'],
['str', 'PD7DqVxhXD3DqWEtYiE8PAA8Pg=='],
['str', 'XCEiLcOpXC8AACIi'],
['str', 'eGEiPyEtISYiL1xiw6nDqT4nJj8iPQ=='],
['str', 'Ii0='],
['str', 'PQBcISA9XA=='],
['str', 'LSFcPy8mIXg8YSYnPScvYi9cIGE='],
['str', 'YiIvAD9cYiAteCYvIWFhPSIvYSYnISA='],
['str', 'eCZcJwAgYcOpYgDDqQ=='],
['str', 'AD4APT0nLz5hLz/DqXgtXGI='],
['str', 'PD94YiY/Jj09AD49'],
['str', 'YT0/PCA+'],
['str', 'JsOpIiA+IWEnXCJc'],
['str', 'LT8='],
['str', 'Yj4='],
['str', 'J1wveFw9PSAnPg=='],
['str', 'AAAnIGFcPydiLz/DqT4h'],
['str', 'PwA8'],
['str', 'XC89eC1hXGEvYi0AYmI='],
['str', 'PCJcIngAPj5hPSEmJz4A'],
['str', 'IGI+PiInYmE+XC0nJz8vAHhcXGE8eCYv'],
['str', 'LVxcYi88ISI='],
['str', 'P3gtJwBhJ2J4IT9hJjwmXCY/Lw=='],
['str', 'YsOpPgAtJng='],
['str', 'PGIiP2EAIQ=='],
['str', 'L1xcYiIg'],
['str', 'Pz48LWEvPw=='],
['str', 'L1x4PS0='],
['str', 'YS0mIi8mJyAgPSImIS8='],
['str', 'PD09YmE/w6k/LTw8w6khLycgJzxcYmEhYSA='],
['str', 'PWInIS1cIVwiXCAmIj8='],
['str', 'w6kAIDzDqcOpJyAhPyIAICcvPC0hw6liPD3DqSI='],
['str', 'Ii8hICciAGI+AGIiw6knID54ACYiPQAhIg=='],
['str', 'w6l4J2FiAD0='],
['str', 'YT0geD4nICc9IQ=='],
['str', 'YnhcPQBcPy8vIA=='],
['str', 'J2Enw6liYiA/YngnJg=='],
['str', 'IT0+'],
['str', 'PD94'],
['str', 'LVzDqS14YTwAPSIALyY9PiI='],
['str', 'PC/DqXg9PQAhXCBcJ2EnYiZc'],
['str', 'LycAIC8AYT49ID0gIC/DqQ=='],
['str', 'IWF4ISfDqTw='],
['str', 'P2HDqWE/YSEnLSA8eMOpIg=='],
['str', 'Lw=='],
['str', 'JyJhIi3DqcOpJz4nYiIiPCA='],
['str', 'Pjw/IMOpICA8YiY8LSY9ICAm'],
['str', 'PT4hJz9cIj09w6kgLy8='],
['str', 'Lzw/AHg8LyFh'],
['str', 'PDw/w6knYicA'],
['str', 'J3gvYicnJz94Jy89XDwvw6lcPSE/'],
['str', 'XFwAw6l4IiYvXD0+PWE8PD89LQ=='],
['str', 'w6k+YWE8JyItIAA='],
['str', 'w6k9XAAvIS89Jj8hJgDDqSIvIA=='],
['str', 'w6lcJgAvACcAP8OpIsOpPCdhPCEnLSE='],
['str', 'XCAvXCdi'],
['str', 'Jw=='],
['str', 'eD08Lz8tPmEmJzw+J2EvPj8h'],
['str', 'PTwtPmE+PHgneCYtPmIhPw=='],
['str', 'AAA+YTzDqSctPCd4JnhcPA=='],
['str', 'PiIhImFhPHgAPi8+'],
['str', 'YidcPnjDqT4/w6lhIsOpJz8/Lz1iXA=='],
['str', 'AFw='],
['str', 'eCE8Pz0tAAAgIj0+XGHDqT9hITw='],
['str', 'ACBh'],
['str', 'XD8+eCfDqSdhJiJiAGEiIsOpLScveD8nJ1w='],
['str', 'Jj8gJy1ceD4nLz0gAC1cw6kiJy0n'],
['str', ''],
['str', 'Ylw8YSfDqVw/'],
['str', 'XCA/XCE8XCYiPiEmIXg+'],
['str', 'Ylw9Pw=='],
['str', 'Lz5heCHDqS9iIj0tPS8/ISEiJiE='],
['str', 'IT3DqQAAIC0='],
['str', 'Lz8nLT0='],
['str', 'ISAgACY+PXgvICE/YmE9AC/DqSI='],
['str', 'Jlx4XCI+PTwAAC8AYifDqSE9Pw=='],
['str', 'PzxcL2EAP1xhXCDDqQ=='],
['str', 'eD0gLz0tYmEhXD89Pj8t'],
['str', 'Yi3DqQA/PS94PCE9Ji0/'],
['str', 'XC94w6kiYcOpw6k='],
['str', 'YSA+XCAmw6liIVwhJiEhAGI='],
['str', 'YSA/LVw='],
['str', 'PCAgYgA8Pw=='],
['str', 'ISAveGEvLS94LyYnADw/Jy8APj8t'],
['str', 'YiBieCJcYiI8'],
['str', 'LyYgPDw8YVx4LTwgw6kAYS1h'],
['str', 'ITxcLVw/YQAiIS8gIDwiPw=='],
['str', 'IDw9eGIiIWJhISEn'],
['str', 'w6k8IiEvw6kiYg=='],
['str', 'IQ=='],
['str', 'ID5iAD94ACEAYiEheDw='],
['str', 'PD9cLWHDqSI8PMOpLyJ4PCc/ICcnID0/Yg=='],
['str', 'PlxcJmEhPAA='],
['str', 'PgAmLWJ4Pj0iPCZcIlw+Pz0nJw=='],
['str', 'ACEtLy0vJz0nPj5heD8heCImJzwhJi8A'],
];

$map = [
 'int' => [[FILTER_VALIDATE_INT, 0], [FILTER_VALIDATE_INT, FILTER_FLAG_ALLOW_HEX|FILTER_FLAG_ALLOW_OCTAL], [FILTER_SANITIZE_NUMBER_INT, 0]],
 'float' => [[FILTER_VALIDATE_FLOAT, 0], [FILTER_VALIDATE_FLOAT, FILTER_FLAG_ALLOW_THOUSAND], [FILTER_SANITIZE_NUMBER_FLOAT, FILTER_FLAG_ALLOW_FRACTION|FILTER_FLAG_ALLOW_SCIENTIFIC]],
 'ip' => [[FILTER_VALIDATE_IP, 0], [FILTER_VALIDATE_IP, FILTER_FLAG_NO_PRIV_RANGE|FILTER_FLAG_NO_RES_RANGE]],
 'url' => [[FILTER_VALIDATE_URL, 0], [FILTER_SANITIZE_URL, 0], [FILTER_SANITIZE_ENCODED, 0]],
 'email' => [[FILTER_VALIDATE_EMAIL, 0], [FILTER_VALIDATE_EMAIL, FILTER_FLAG_EMAIL_UNICODE], [FILTER_SANITIZE_EMAIL, 0]],
 'dom' => [[FILTER_VALIDATE_DOMAIN, 0], [FILTER_VALIDATE_DOMAIN, FILTER_FLAG_HOSTNAME]],
 'mac' => [[FILTER_VALIDATE_MAC, 0]],
 'str' => [[513, 0], [FILTER_SANITIZE_SPECIAL_CHARS, 0], [FILTER_SANITIZE_FULL_SPECIAL_CHARS, 0], [FILTER_SANITIZE_ADD_SLASHES, 0], [FILTER_UNSAFE_RAW, FILTER_FLAG_ENCODE_LOW|FILTER_FLAG_STRIP_HIGH]],
];
foreach ($cases as [$k, $b]) {
  $s = base64_decode($b);
  $r = [];
  foreach ($map[$k] as [$f, $fl]) $r[] = var_export(filter_var($s, $f, $fl), true);
  echo $k, " ", bin2hex($s), " => ", implode(" | ", $r), "\n";
}
--EXPECT--
int 394333343641332e5832 => false | false | '934632'
int 4544 => false | false | ''
int 4f35 => false | false | '5'
int 4533376f3343336f323862443937632d36 => false | false | '37332897-6'
int 7841363433580b4564090941634f2d4f3563 => false | false | '643-5'
int 0b65466234372e442b65390b44323464 => false | false | '47+924'
int 660b093435610a343363 => false | false | '4543'
int 466242663109662b370b335862384f43430b352b => false | false | '1+7385+'
int 43613845614466426f39352d396f => false | false | '895-9'
int 6f300b2d20623039444164382e330943434343360a => false | false | '0-09836'
int 4333783458462b37653336303936413134584239 => false | false | '34+736096149'
int 2066410a37370b090a0a6335393665200a2b6531 => false | false | '77596+1'
int 654139316563 => false | false | '91'
int 352065412b666f2e656f784f436f78650b663131 => false | false | '5+11'
int 0a20786646664135 => false | false | '5'
int 366f0a7865580a => false | false | '6'
int 300a66353742780a2d456535430943352b2b38 => false | false | '057-55++8'
int  => false | false | ''
int 09390a66 => false | false | '9'
int 38313036 => 8106 | 8106 | '8106'
int 38457858312058622e4f642044383366 => false | false | '8183'
int 65442e3839652e31462d30392d39 => false | false | '891-09-9'
int 37336465650a36334f786132362e46 => false | false | '736326'
int 313446642e2e7861462e0a2e4f65207846 => false | false | '14'
int 44374346 => false | false | '7'
int 344f4534586337394139 => false | false | '44799'
int 38096f36430b2b6f => false | false | '86+'
int 452e436544 => false | false | ''
int 666435413165 => false | false | '51'
int 094631426565622e34376f36352061322d => false | false | '147652-'
int 38452043392e0b64 => false | false | '89'
int 6133 => false | false | '3'
int 2d453461313520356f34203709306544613832654f37 => false | false | '-4155470827'
int 20332d7863 => false | false | '3-'
int 63655862462e2d616631203230312e782e0a4f46 => false | false | '-1201'
int 450b43 => false | false | ''
int 63586f65783843663338303420452b33 => false | false | '83804+3'
int 422e => false | false | ''
int 624f6232092d2b614630204165644f326358662d30 => false | false | '2-+02-0'
int 42350a612e784f2e3035 => false | false | '505'
int 3539433243316363 => false | false | '5921'
int 6f35653942640b396239322e452e38652e316f35 => false | false | '59992815'
int  => false | false | ''
int 38 => 8 | 8 | '8'
int 4136424633314f0b203009342e3565340a203420 => false | false | '63104544'
int 586f090b42340a => false | false | '4'
int 623278343965206338300a330b6136580b62656209 => false | false | '2498036'
int 09377863350a316209342e466142 => false | false | '7514'
int 583435396520 => false | false | '459'
int 382e6137416f0b0b43312b => false | false | '871+'
int  => false | false | ''
int 464363394466426437653064654337 => false | false | '9707'
int 306220413443 => false | false | '04'
int 344145613361363362394f61 => false | false | '43639'
int 2e647841453143583533444638 => false | false | '1538'
int 620b33382b0a446562632020434f630a43372b2b => false | false | '38+7++'
int 582e => false | false | ''
int 6f4665464538784f352d6535644f41 => false | false | '85-5'
int 7831444244655842 => false | false | '1'
int 65330b6141382e65 => false | false | '38'
int 5835614f4243464563313832450a0b3034436509 => false | false | '518204'
int 4f366f3939653609353230386f32 => false | false | '699652082'
int 633820654537363463657842206f303063096164 => false | false | '876400'
int 4f0a654f4f3144633331780b4435206f45416f0b => false | false | '1315'
int 65 => false | false | ''
int 4441437830622e34580b7863786f096f2062360b2d6f => false | false | '046-'
int 44333943335831394433332d434664 => false | false | '3931933-'
int 37352b65782d65093263424165462b3630356135664437 => false | false | '75+-2+60557'
int 584266634535330a7841467864410a3144 => false | false | '531'
int 43324232093433 => false | false | '2243'
int 7834654161653220 => false | false | '42'
int 6461633034316f360a094220450b380b2d3063394f6464 => false | false | '04168-09'
int 41352e78432b4f4434320a642b45 => false | false | '5+42+'
int 342035 => false | false | '45'
int 36440b462d6f => false | false | '6-'
int 44094f37 => false | false | '7'
int 6262616141202078464f2d4f4f396278643443204f2e656f => false | false | '-94'
int 36093236300a6f464132626f3733787834412e2d => false | false | '62602734-'
int 2030366658324165393258203258 => false | false | '062922'
int  => false | false | ''
int 44412d633458320b0a34 => false | false | '-424'
int 364339352b4361446263443363 => false | false | '695+3'
int 66444431417843435830452b4537354341092b38303339 => false | false | '10+75+8039'
int 4335412e2b3966622b652b3436420b786338320a => false | false | '5+9++4682'
int 3342352b6f43780a2d58 => false | false | '35+-'
int 43 => false | false | ''
int 2b426637394f78323264374209634463 => false | false | '+79227'
int 4f454241462e462d31300b094f46092d0a43 => false | false | '-10-'
int 343866 => false | false | '48'
int 4135462e2e32323835642e3533 => false | false | '5228553'
int 2e423831343778380b622b6f3466202b64610939202e0a58 => false | false | '81478+4+9'
int 202e4f644132782d432b6164422b20376533 => false | false | '2-++73'
int 4146653620434120424139416535466f2d336265 => false | false | '695-3'
int 636430326f396245 => false | false | '029'
int 2e4133380b6f32313330666336 => false | false | '3821306'
int 666f44633858410a2b38304f39463634 => false | false | '8+80964'
int 3961432030336646650b4f2b30323331432d4f2b => false | false | '903+0231-+'
int 36 => 6 | 6 | '6'
int  => false | false | ''
int 78394478652e442d2e633463330a3042450935 => false | false | '9-4305'
int 462d6f36206f3237652033614565206258352e302b204f => false | false | '-627350+'
int 782b647842654f420a0a653031456f635843342b393231 => false | false | '+014+921'
int 362b66 => false | false | '6+'
int 31313238 => 1128 | 1128 | '1128'
int 3234323441783442364f585837323235620a36383658 => false | false | '2424467225686'
int 646545203166206233 => false | false | '13'
int 41642e0a62314431456536660a335835622b45306578 => false | false | '11635+0'
int 3330660b360b2d0b66 => false | false | '306-'
int 202b62586f0b2b37350b366466364343 => false | false | '++7566'
int 35453141586320452e2b426f0938326664653946642b09 => false | false | '51+829+'
int 206f3865094f2e78616339394f64 => false | false | '899'
int 65662b4f647820362b36784239396363456178 => false | false | '+6+699'
int 366158 => false | false | '6'
int 09323043456f2e6209313920 => false | false | '2019'
int 43304f45446f6f2d370945642036444f432b20 => false | false | '0-76+'
int 0a093144652d6430420b363220 => false | false | '1-062'
int 582b7865663609580a2e31416565440958 => false | false | '+61'
int 2d432e3766332061424333303444446620366f6343 => false | false | '-733046'
int 6f4309582b3834780a6f396644096238 => false | false | '+8498'
int 0a666f614220452d0a3061664f63640a0b45354139634233 => false | false | '-0593'
float 39373731 => 9771.0 | 9771.0 | '9771'
float 38333334202032342c3631652e => false | false | '83342461e.'
float 32353439313231353331302b35 => false | false | '25491215310+5'
float 273533 => false | false | '53'
float 362d362d33 => false | false | '6-6-3'
float 2b2e2c3827376530353535342d => false | false | '+.87e05554-'
float 31274531272009302727302b2e45343120453465 => false | false | '1E100+.E41E4e'
float 2e35304545 => false | false | '.50EE'
float  => false | false | ''
float 2c36092e2c2b6509352b2e => false | false | '6.+e5+.'
float 383630092b2b => false | false | '860++'
float 20382b3509206538326531342c32092c3909452c => false | false | '8+5e82e1429E'
float 30320934332e38332c273832272d3331653936323838 => false | false | '0243.8382-31e96288'
float 364545452c0938272b2e65 => false | false | '6EEE8+.e'
float 313439 => 149.0 | 149.0 | '149'
float 20 => false | false | ''
float 342d2e3738453127653032323136276532392b35343335 => false | false | '4-.78E1e02216e29+5435'
float 382b3535376537383831373539322e20 => false | false | '8+557e78817592.'
float 2736332c652b312e372765453638354533202b => false | false | '63e+1.7eE685E3+'
float 353465656538092d33206509 => false | false | '54eee8-3e'
float 352b332d2e3334650939 => false | false | '5+3-.34e9'
float 2e0920352b302b362733 => false | false | '.5+0+63'
float 272d092d653620352d => false | false | '--e65-'
float 363939370932 => false | false | '69972'
float 30362032364545333733393336 => false | false | '0626EE373936'
float 093038312c32382b0930452c2d0920353009363537 => false | false | '08128+0E-50657'
float 363338 => 638.0 | 638.0 | '638'
float 452b2e2e30322c333845342c2d3030312c20 => false | false | 'E+..0238E4-001'
float 2e352d2d20342d2d382034353534343309333539 => false | false | '.5--4--8455443359'
float 09093320652c27203031372c34373037 => false | false | '3e0174707'
float 373265092e2c2b65313731 => false | false | '72e.+e171'
float 45373135363238322b322b322c39 => false | false | 'E7156282+2+29'
float 4527 => false | false | 'E'
float 3435392c2b3345 => false | false | '459+3E'
float 350931653335313945312b3133 => false | false | '51e3519E1+13'
float 36452e3537362c382732372730372e33 => false | false | '6E.57682707.3'
float 2c3220392d2b => false | false | '29-+'
float 382b37312e2c2c => false | false | '8+71.'
float 3432 => 42.0 | 42.0 | '42'
float 3120 => 1.0 | 1.0 | '1'
float 38332e456538 => false | false | '83.Ee8'
float 336509273932 => false | false | '3e92'
float 65343432652c343035093132332b37313709 => false | false | 'e442e405123+717'
float 382d352d2c3835272735303432202c37343833332e3237 => false | false | '8-5-85504274833.27'
float  => false | false | ''
float 312d3239 => false | false | '1-29'
float 2b200927092036394536652b342d2d452009 => false | false | '+69E6e+4--E'
float 38453445302c2c => false | false | '8E4E0'
float 353120393833272d45653745202e2039392e313865 => false | false | '51983-Ee7E.99.18e'
float 36272d39272d322d3637 => false | false | '6-9-2-67'
float 382d303820312b2d2c312c4539 => false | false | '8-081+-1E9'
float 2b2b6533356533 => false | false | '++e35e3'
float 36386531342b2c27392c34 => false | false | '68e14+94'
float 3435352d3831372b3135 => false | false | '455-817+15'
float 2c => false | false | ''
float 36342d4533333827452e38302e => false | false | '64-E338E.80.'
float 352e302d332b2b3431363630 => false | false | '5.0-3++41660'
float 093739333637376509092b3331092b453245 => false | false | '793677e+31+E2E'
float 33373627392c2d3037332b2e372c => false | false | '3769-073+.7'
float 2b09372e314520 => false | false | '+7.1E'
float 3865652730312e2737 => false | false | '8ee01.7'
float 3565202e353338273239273630323232352d30 => false | false | '5e.53829602225-0'
float 2c4527392d452d353345456533 => false | false | 'E9-E-53EEe3'
float 392036372e2d2b20093839 => false | false | '967.-+89'
float 322d332d202b342b332b352c302d372e30353620272d2e38 => false | false | '2-3-+4+3+50-7.056-.8'
float 3527352d31302e => false | false | '55-10.'
float 2b2e3165206536 => false | false | '+.1ee6'
float 3532353538453435452b39202034653334 => false | false | '52558E45E+94e34'
float 393936200937272b => false | false | '9967+'
float 342d65272035313332310945343832354530 => false | false | '4-e51321E4825E0'
float  => false | false | ''
float 37273227203735362b2b30342b2d3232303331 => false | false | '72756++04+-22031'
float 3938393236 => 98926.0 | 98926.0 | '98926'
float 38203031393739322065342e2027 => false | false | '8019792e4.'
float 2736373838453734392e3137 => false | false | '6788E749.17'
float 36272d => false | false | '6-'
float 452d4565302d2e36352d652e3545 => false | false | 'E-Ee0-.65-e.5E'
float 342c3565453636372d093338382d3365392e0909362b2c30 => false | false | '45eE667-388-3e9.6+0'
float 383420200934353933 => false | false | '844593'
float 2c272c2c3633342c3545342b372c2e383433350936 => false | false | '6345E4+7.84356'
float 6509203627 => false | false | 'e6'
float 456533303627310933202c36393709352d2d3365 => false | false | 'Ee306136975--3e'
float 3539 => 59.0 | 59.0 | '59'
float 38203331 => false | false | '831'
float 313637363238383238653538303927372d37 => false | false | '167628828e58097-7'
float 2c333730332b3327653037362d312b2e2c202e37392c32 => false | false | '3703+3e076-1+..792'
float 45272c09456538352c2c363120362709372045 => false | false | 'EEe856167E'
float 322d2c => false | false | '2-'
float  => false | false | ''
float  => false | false | ''
float 6535366534392c36 => false | false | 'e56e496'
float 2e303930 => 0.09 | 0.09 | '.090'
float 272b45372b32343132393139 => false | false | '+E7+2412919'
float 203533323239302d35 => false | false | '532290-5'
float 2e452c333345273965272e332c372e362b652e => false | false | '.E33E9e.37.6+e.'
float 45203833093127383634272e => false | false | 'E831864.'
float 382d3445352c3438373320302c3231273909273233332e39 => false | false | '8-4E548730219233.9'
float 302e2d34653230303445373232203645 => false | false | '0.-4e2004E7226E'
float 3439 => 49.0 | 49.0 | '49'
float 273809372b310933202c393133 => false | false | '87+13913'
float 2c3209 => false | false | '2'
float 360938653935092c303927092b39203845323345652b => false | false | '68e9509+98E23Ee+'
float 2d332b45453939 => false | false | '-3+EE99'
float 372c4538372c2738363420 => false | false | '7E87864'
float 3420303238352d38362e27353339333565452c31 => false | false | '40285-86.53935eE1'
float 2e2e2c362d20 => false | false | '..6-'
float 392e092e452e362e34452b20273132373220352d382765 => false | false | '9..E.6.4E+12725-8e'
float 392d3520353532340945 => false | false | '9-55524E'
float 652b33453434 => false | false | 'e+3E44'
float 20372b39393238362e302c372e2730272e3033372e38 => false | false | '7+99286.07.0.037.8'
float 300933272c0945 => false | false | '03E'
float 3727 => false | false | '7'
float 36312d093133093009 => false | false | '61-130'
float 6520342e342027382d2e353632092b2c3639092b3145 => false | false | 'e4.48-.562+69+1E'
float 4533312b3838382c452727 => false | false | 'E31+888E'
float 27092b3335333734363436652b36 => false | false | '+35374646e+6'
float 27653135313527323227 => false | false | 'e151522'
float  => false | false | ''
float  => false | false | ''
float 2c45322c373431092c372b39652c2e => false | false | 'E27417+9e.'
ip 383643446625616233386132423a31463a4144372e => false | false
ip 44 => false | false
ip 373432432e396566333042 => false | false
ip 386538 => false | false
ip 206244462e675b426438 => false | false
ip 3a643762616731206339673a4636 => false | false
ip 303546386734 => false | false
ip 65322e3a6145672e5d34 => false | false
ip 346438456346413441413933316745 => false | false
ip 3a3a3263205d6530343430374238413537 => false | false
ip 66306631664420253263454241614237 => false | false
ip 253446256433345b33613864253a672e63314137 => false | false
ip 3161422e43313a5d6143443a2e616339463a2030 => false | false
ip 35414566635b6738673963 => false | false
ip 44456634613741332e346430 => false | false
ip 6345435b32393643 => false | false
ip 613032373a614534353766343843 => false | false
ip 3a614134673844463264 => false | false
ip 3a664267396362455d303766454430665b35654365 => false | false
ip 66623337653a3645613139386344396639324331624335 => false | false
ip 346237633541655b39434641 => false | false
ip 4630 => false | false
ip  => false | false
ip 643966 => false | false
ip 34643762 => false | false
ip 2e3a4632643a4534664434203020 => false | false
ip 343534203a31675d32 => false | false
ip 443930332e3925616130392e323a443962436137252563 => false | false
ip 2537363a6443656639252e => false | false
ip 5b66375d => false | false
ip 633864 => false | false
ip 255b6267623a5b5b342e42633530614139626730343139 => false | false
ip 39303a6225253046254661662532 => false | false
ip 5b43673a => false | false
ip 67423525646661664366462e202e66 => false | false
ip 4367366346465b633020 => false | false
ip 2e673363625d6420444331674239413220254336622e => false | false
ip 2e316765644433365d422034 => false | false
ip 5d36446665416225662565646645372e5d353767316344 => false | false
ip 6743452e6139444636625b255d6643452e3338 => false | false
ip 30392030413245 => false | false
ip 5b672046636663 => false | false
ip 652e5b376225643962613464 => false | false
ip 5d4631353225 => false | false
ip 4145423967345d2563206625376738335d => false | false
ip 4541652e4546353067623a4338353142 => false | false
ip 61 => false | false
ip 38442e622e362e45633631435b32423a43644667424664 => false | false
ip  => false | false
ip 64444364623720644435305b44356443 => false | false
ip 665d3639 => false | false
ip 383331253339 => false | false
ip 61415d4635653932 => false | false
ip 3245616225464234393164 => false | false
ip 662e33345d316146613238343a333563643a => false | false
ip 32 => false | false
ip 2020316745654361414145 => false | false
ip 635b25392063434642626261645d63 => false | false
ip 3262252e3645 => false | false
ip 373933434467373344664536374545 => false | false
ip 5b376637423961205d5d253863652e362e65456632 => false | false
ip 634136675d3a3941664331363a454163252e662e20386638 => false | false
ip 442e312e37665d6232 => false | false
ip 206732334433466667256564335d446136 => false | false
ip 5d4332655d5b3a335b4638654131424643 => false | false
ip  => false | false
ip 2536655b35325d => false | false
ip 42442e => false | false
ip 2e3644 => false | false
ip 433132613546456337673033345d3542616561654130 => false | false
ip 673862325b3130345d6335652535332e => false | false
ip 206144323234455b6746662034442e42 => false | false
ip 20615d => false | false
ip 3141665d346331383331383641 => false | false
ip 35393662 => false | false
ip 373a326441332e6239396734644138443145203932 => false | false
ip 2534443139625b6764336142393363423a332e6545 => false | false
ip  => false | false
ip 636735362533633239425b33615d636436672e5d6430 => false | false
ip 6444425d62 => false | false
ip 613130463946314545252534455b3834413a46 => false | false
ip 61355d => false | false
ip 32392044386466444165313925205d2e66433920 => false | false
ip 2e42425d3137 => false | false
ip 45 => false | false
ip 333445623563305b635b5b2e32 => false | false
ip 41423346442032432067312e333a => false | false
ip 62366767654633353446462e5d253966465b42643a => false | false
ip 324162643a3462323546653442664233612e3136 => false | false
ip 2e333445414536366745414263 => false | false
ip 67354466635b5d444637256163205d31436641 => false | false
ip 20643033445b67653a39636566316432 => false | false
ip 676136256134323861624167 => false | false
ip 41365d612e43253143343a4666346320 => false | false
ip 31443167386435424144393330613262642e6125613a3335 => false | false
ip 2538353462443a30623a43653341 => false | false
ip 5d4464 => false | false
ip 6467433a65645d346767 => false | false
ip 4643352e4431372e3a342520382e206761465d43322e => false | false
ip 254662386561433825643420353664415d343535 => false | false
ip 303125435b44666345 => false | false
ip 4246465d326661306735425d623433443463624666 => false | false
ip 4336 => false | false
ip 6266676338676141425d3933 => false | false
ip 2044463343306446 => false | false
ip 44633a6565333a5b20433230 => false | false
ip 3936345b326332375b30 => false | false
ip 64364431343043 => false | false
ip 362020676738656335 => false | false
ip 433a3539456265413a37676438 => false | false
ip 3a41353135624331375d636642316233353a5d34323837 => false | false
ip 254242 => false | false
ip 64254536202e => false | false
ip 25316136322044466762 => false | false
ip 6561433a2e43373935636146 => false | false
ip 2e4565412565335b452e61663a323966356438412e63 => false | false
ip 666464463261253538463a656665655d3037302e6365 => false | false
ip 20255d424142303963 => false | false
ip 426531315d34343343203841632e655d3965 => false | false
ip 65465b4567 => false | false
url 636170 => false | 'cap' | 'cap'
url 633d79612e78313a786874202961615d3d2ec3a92c => false | 'c=ya.x1:xht)aa]=.,' | 'c%3Dya.x1%3Axht%20%29aa%5D%3D.%C3%A9%2C'
url 01616261267823782e40 => false | 'aba&x#x.@' | '%01aba%26x%23x.%40'
url 40405f21 => false | '@@_!' | '%40%40_%21'
url 282c612923c3a97e28247e => false | '(,a)#~($~' | '%28%2Ca%29%23%C3%A9%7E%28%24%7E'
url 68247e5b2f2a68 => false | 'h$~[/*h' | 'h%24%7E%5B%2F%2Ah'
url 615f01c3a927247a263b285b2870 => false | 'a_\'$z&;([(p' | 'a_%01%C3%A9%27%24z%26%3B%28%5B%28p'
url 20275b2b212d3f3b2c20687a2b => false | '\'[+!-?;,hz+' | '%20%27%5B%2B%21-%3F%3B%2C%20hz%2B'
url 2b6831233d3b2c5d70733a2f632e3f3f2d617a25 => false | '+h1#=;,]ps:/c.??-az%' | '%2Bh1%23%3D%3B%2C%5Dps%3A%2Fc.%3F%3F-az%25'
url 2f683b21275f2d2b7e3b7331637a013d3b7368702fc3a9 => false | '/h;!\'_-+~;s1cz=;shp/' | '%2Fh%3B%21%27_-%2B%7E%3Bs1cz%01%3D%3Bshp%2F%C3%A9'
url 2a2940785b253b => false | '*)@x[%;' | '%2A%29%40x%5B%25%3B'
url 405fc3a92420c3a95d79743d312b705f => false | '@_$]yt=1+p_' | '%40_%C3%A9%24%20%C3%A9%5Dyt%3D1%2Bp_'
url c3a92b205f21c3a93b3a283a => false | '+_!;:(:' | '%C3%A9%2B%20_%21%C3%A9%3B%3A%28%3A'
url 3b3d5d2478405f74212b63 => false | ';=]$x@_t!+c' | '%3B%3D%5D%24x%40_t%21%2Bc'
url 742e29 => false | 't.)' | 't.%29'
url 3f7a3f7e2028687e7823273a3a702f612d3b2462 => false | '?z?~(h~x#\'::p/a-;$b' | '%3Fz%3F%7E%20%28h%7Ex%23%27%3A%3Ap%2Fa-%3B%24b'
url 2f31793a => false | '/1y:' | '%2F1y%3A'
url 31623f622124272b => false | '1b?b!$\'+' | '1b%3Fb%21%24%27%2B'
url 625b312c70273a => false | 'b[1,p\':' | 'b%5B1%2Cp%27%3A'
url 702b31c3a92b272d2d26 => false | 'p+1+\'--&' | 'p%2B1%C3%A9%2B%27--%26'
url 266201285b3a7e783a682b3d20253d31780128 => false | '&b([:~x:h+=%=1x(' | '%26b%01%28%5B%3A%7Ex%3Ah%2B%3D%20%25%3D1x%01%28'
url 7e3d232b3a2a24c3a9266824407a613f3a => false | '~=#+:*$&h$@za?:' | '%7E%3D%23%2B%3A%2A%24%C3%A9%26h%24%40za%3F%3A'
url 7961612c016370796340405f2c63203a73792a6201292d => false | 'yaa,cpyc@@_,c:sy*b)-' | 'yaa%2C%01cpyc%40%40_%2Cc%20%3Asy%2Ab%01%29-'
url 6326272779282d793b2c7e687331207e => false | 'c&\'\'y(-y;,~hs1~' | 'c%26%27%27y%28-y%3B%2C%7Ehs1%20%7E'
url 7925403a282a3a24402363272340 => false | 'y%@:(*:$@#c\'#@' | 'y%25%40%3A%28%2A%3A%24%40%23c%27%23%40'
url 783a3f29737e => false | 'x:?)s~' | 'x%3A%3F%29s%7E'
url 012768632a232d7a2d => false | '\'hc*#-z-' | '%01%27hc%2A%23-z-'
url 5d2e01292d7a2d2a625d6120213a5b2e735d2e => false | '].)-z-*b]a!:[.s].' | '%5D.%01%29-z-%2Ab%5Da%20%21%3A%5B.s%5D.'
url 793b3f => false | 'y;?' | 'y%3B%3F'
url 5b3a402a3a7e7e747a5f70742c407a5f => false | '[:@*:~~tz_pt,@z_' | '%5B%3A%40%2A%3A%7E%7Etz_pt%2C%40z_'
url 2f2d2974247824213b252b3d3a287a795f612a => false | '/-)t$x$!;%+=:(zy_a*' | '%2F-%29t%24x%24%21%3B%25%2B%3D%3A%28zy_a%2A'
url 3d2f5d3a742379783f2f70313f615b63 => false | '=/]:t#yx?/p1?a[c' | '%3D%2F%5D%3At%23yx%3F%2Fp1%3Fa%5Bc'
url 7470 => false | 'tp' | 'tp'
url  => false | '' | ''
url 272e632c => false | '\'.c,' | '%27.c%2C'
url 3a683d687a24793a70283f252c2d => false | ':h=hz$y:p(?%,-' | '%3Ah%3Dhz%24y%3Ap%28%3F%25%2C-'
url 2b6368312526792f73683a4078313f2401 => false | '+ch1%&y/sh:@x1?$' | '%2Bch1%25%26y%2Fsh%3A%40x1%3F%24%01'
url 5f5d792d797e6828632f2cc3a9c3a929012074 => false | '_]y-y~h(c/,)t' | '_%5Dy-y%7Eh%28c%2F%2C%C3%A9%C3%A9%29%01%20t'
url 2a74613a5f2cc3a9682a25405d257e78 => false | '*ta:_,h*%@]%~x' | '%2Ata%3A_%2C%C3%A9h%2A%25%40%5D%25%7Ex'
url 2dc3a93b => false | '-;' | '-%C3%A9%3B'
url 73625d7a2329205b3a29612a20293a79282b40212601c3a9 => false | 'sb]z#)[:)a*):y(+@!&' | 'sb%5Dz%23%29%20%5B%3A%29a%2A%20%29%3Ay%28%2B%40%21%26%01%C3%A9'
url 24633f732a2a24255b316140217a2179276821 => false | '$c?s**$%[1a@!z!y\'h!' | '%24c%3Fs%2A%2A%24%25%5B1a%40%21z%21y%27h%21'
url 7940612d6370793f787e3b682b3b7e7a78403a28 => false | 'y@a-cpy?x~;h+;~zx@:(' | 'y%40a-cpy%3Fx%7E%3Bh%2B%3B%7Ezx%40%3A%28'
url 622d2d2d3b79235b3b212d217e3f293d21612e => false | 'b---;y#[;!-!~?)=!a.' | 'b---%3By%23%5B%3B%21-%21%7E%3F%29%3D%21a.'
url 685b2e210126252a292b68205f7a2d5f => false | 'h[.!&%*)+h_z-_' | 'h%5B.%21%01%26%25%2A%29%2Bh%20_z-_'
url 3f2023213a7e5f2e745d => false | '?#!:~_.t]' | '%3F%20%23%21%3A%7E_.t%5D'
url 3a => false | ':' | '%3A'
url 685f78783d3a312c733d615d2e3d2331203f3a012127 => false | 'h_xx=:1,s=a].=#1?:!\'' | 'h_xx%3D%3A1%2Cs%3Da%5D.%3D%231%20%3F%3A%01%21%27'
url 403a2c2f403a2b2678262a273b292b31 => false | '@:,/@:+&x&*\';)+1' | '%40%3A%2C%2F%40%3A%2B%26x%26%2A%27%3B%29%2B1'
url 3a5d627e682f6124252e70c3a961313a263d68 => false | ':]b~h/a$%.pa1:&=h' | '%3A%5Db%7Eh%2Fa%24%25.p%C3%A9a1%3A%26%3Dh'
url 73613a232e5f5b23627870013a40 => false | 'sa:#._[#bxp:@' | 'sa%3A%23._%5B%23bxp%01%3A%40'
url 2f3d2f2d7a5d232162787a62 => false | '/=/-z]#!bxzb' | '%2F%3D%2F-z%5D%23%21bxzb'
url 2c3a01282a7e5d283a212d3b2f01245d78 => false | ',:(*~](:!-;/$]x' | '%2C%3A%01%28%2A%7E%5D%28%3A%21-%3B%2F%01%24%5Dx'
url 3b => false | ';' | '%3B'
url 4062297a01793a2a5d792070732301 => false | '@b)zy:*]yps#' | '%40b%29z%01y%3A%2A%5Dy%20ps%23%01'
url 3a313fc3a92668232d61013a3b70623d4025737e3b3b73293b => false | ':1?&h#-a:;pb=@%s~;;s);' | '%3A1%3F%C3%A9%26h%23-a%01%3A%3Bpb%3D%40%25s%7E%3B%3Bs%29%3B'
url 62293a7470786123315f2b7329262027633a => false | 'b):tpxa#1_+s)&\'c:' | 'b%29%3Atpxa%231_%2Bs%29%26%20%27c%3A'
url 3a3a7a277826232e24614063685d283a29 => false | '::z\'x&#.$a@ch](:)' | '%3A%3Az%27x%26%23.%24a%40ch%5D%28%3A%29'
url 797829237329 => false | 'yx)#s)' | 'yx%29%23s%29'
url 272b787426 => false | '\'+xt&' | '%27%2Bxt%26'
url 707a2f3f2c285f2e015b23732c3d3f3d292b23683b73 => false | 'pz/?,(_.[#s,=?=)+#h;s' | 'pz%2F%3F%2C%28_.%01%5B%23s%2C%3D%3F%3D%29%2B%23h%3Bs'
url 7a2d3b20252b7e73272c31 => false | 'z-;%+~s\',1' | 'z-%3B%20%25%2B%7Es%27%2C1'
url 3b01623a26403d2e312e => false | ';b:&@=.1.' | '%3B%01b%3A%26%40%3D.1.'
url 3a2f2e632d626324215f232c2d262a7e23 => false | ':/.c-bc$!_#,-&*~#' | '%3A%2F.c-bc%24%21_%23%2C-%26%2A%7E%23'
url 013ac3a9633a2801793d233a2f2d277868 => false | ':c:(y=#:/-\'xh' | '%01%3A%C3%A9c%3A%28%01y%3D%23%3A%2F-%27xh'
url 2d212c235d3b24313a2321c3a921 => false | '-!,#];$1:#!!' | '-%21%2C%23%5D%3B%241%3A%23%21%C3%A9%21'
url  => false | '' | ''
url 7e5d7a2b407001297a612b5b3b252774 => false | '~]z+@p)za+[;%\'t' | '%7E%5Dz%2B%40p%01%29za%2B%5B%3B%25%27t'
url 2d62787e297431403a62733101202679237a3a => false | '-bx~)t1@:bs1&y#z:' | '-bx%7E%29t1%40%3Abs1%01%20%26y%23z%3A'
url 632925612f7ac3a9295f732f267a5b3f => false | 'c)%a/z)_s/&z[?' | 'c%29%25a%2Fz%C3%A9%29_s%2F%26z%5B%3F'
url 7e252b613d27c3a93b2573633b277027c3a924 => false | '~%+a=\';%sc;\'p\'$' | '%7E%25%2Ba%3D%27%C3%A9%3B%25sc%3B%27p%27%C3%A9%24'
url 253f705d797e2974785d3d2540012b5d632c24 => false | '%?p]y~)tx]=%@+]c,$' | '%25%3Fp%5Dy%7E%29tx%5D%3D%25%40%01%2B%5Dc%2C%24'
url 7ec3a93f7a312c3a2ec3a92a5f2e5b25292cc3a901 => false | '~?z1,:.*_.[%),' | '%7E%C3%A9%3Fz1%2C%3A.%C3%A9%2A_.%5B%25%29%2C%C3%A9%01'
url 74 => false | 't' | 't'
url 403a612d2f213d2a3d5fc3a93b2f2e79705b2b793a013a20 => false | '@:a-/!=*=_;/.yp[+y::' | '%40%3Aa-%2F%21%3D%2A%3D_%C3%A9%3B%2F.yp%5B%2By%3A%01%3A%20'
url 3a => false | ':' | '%3A'
url 79012e78276129 => false | 'y.x\'a)' | 'y%01.x%27a%29'
url 78213d5b702d26615f3a5f => false | 'x!=[p-&a_:_' | 'x%21%3D%5Bp-%26a_%3A_'
url 40733f793a2e23737474c3a968683b232f7328733a61 => false | '@s?y:.#stthh;#/s(s:a' | '%40s%3Fy%3A.%23stt%C3%A9hh%3B%23%2Fs%28s%3Aa'
url 2e70212373 => false | '.p!#s' | '.p%21%23s'
url 617a252a => false | 'az%*' | 'az%25%2A'
url 74014029 => false | 't@)' | 't%01%40%29'
url 24273a5d7a7a625f7424c3a93b243d3a2b2b2c => false | '$\':]zzb_t$;$=:++,' | '%24%27%3A%5Dzzb_t%24%C3%A9%3B%24%3D%3A%2B%2B%2C'
url 2368733f => false | '#hs?' | '%23hs%3F'
url 203a5bc3a95b => false | ':[[' | '%20%3A%5B%C3%A9%5B'
url 733178 => false | 's1x' | 's1x'
url 2628786120c3a925 => false | '&(xa%' | '%26%28xa%20%C3%A9%25'
url 5f23c3a92e29682e2027c3a92b01613174c3a9273b20782b2173 => false | '_#.)h.\'+a1t\';x+!s' | '_%23%C3%A9.%29h.%20%27%C3%A9%2B%01a1t%C3%A9%27%3B%20x%2B%21s'
url 3b7361613b61 => false | ';saa;a' | '%3Bsaa%3Ba'
url 242a3d265d5d3a213a7a2e2c3129702a3fc3a92d28 => false | '$*=&]]:!:z.,1)p*?-(' | '%24%2A%3D%26%5D%5D%3A%21%3Az.%2C1%29p%2A%3F%C3%A9-%28'
url 735d26312b622873c3a93d702862242029622b5f2b => false | 's]&1+b(s=p(b$)b+_+' | 's%5D%261%2Bb%28s%C3%A9%3Dp%28b%24%20%29b%2B_%2B'
url 287e262d3d5d632179273b213f3f27 => false | '(~&-=]c!y\';!??\'' | '%28%7E%26-%3D%5Dc%21y%27%3B%21%3F%3F%27'
url 702b2a3b7e2b24 => false | 'p+*;~+$' | 'p%2B%2A%3B%7E%2B%24'
url 5d3a3f202979 => false | ']:?)y' | '%5D%3A%3F%20%29y'
url 73742e29732c2c29257a61 => false | 'st.)s,,)%za' | 'st.%29s%2C%2C%29%25za'
url 2d7829405f7870253d3b5d2c3f31215b612f25 => false | '-x)@_xp%=;],?1![a/%' | '-x%29%40_xp%25%3D%3B%5D%2C%3F1%21%5Ba%2F%25'
url 61015b013d62245d5f707e25206878 => false | 'a[=b$]_p~%hx' | 'a%01%5B%01%3Db%24%5D_p%7E%25%20hx'
url 6127747e2b7a682b216127612b5d7323 => false | 'a\'t~+zh+!a\'a+]s#' | 'a%27t%7E%2Bzh%2B%21a%27a%2B%5Ds%23'
url 2e702c5d3d7823613dc3a9632a234028 => false | '.p,]=x#a=c*#@(' | '.p%2C%5D%3Dx%23a%3D%C3%A9c%2A%23%40%28'
url 707a68253d => false | 'pzh%=' | 'pzh%25%3D'
url 2d403b782674612e3a3a745f5d263b61213a7326 => false | '-@;x&ta.::t_]&;a!:s&' | '-%40%3Bx%26ta.%3A%3At_%5D%26%3Ba%21%3As%26'
url 272d5d737e612f292401 => false | '\'-]s~a/)$' | '%27-%5Ds%7Ea%2F%29%24%01'
url  => false | '' | ''
url 3f2a2a74c3a9682d7e => false | '?**th-~' | '%3F%2A%2At%C3%A9h-%7E'
url 277323687e73c3a96101285b21623a3d => false | '\'s#h~sa([!b:=' | '%27s%23h%7Es%C3%A9a%01%28%5B%21b%3A%3D'
url 28c3a97a4061682a6320265b73 => false | '(z@ah*c&[s' | '%28%C3%A9z%40ah%2Ac%20%26%5Bs'
url  => false | '' | ''
url 6224292a2a2c62617a202b7320 => false | 'b$)**,baz+s' | 'b%24%29%2A%2A%2Cbaz%20%2Bs%20'
url 2d292f7927 => false | '-)/y\'' | '-%29%2Fy%27'
url 5b3a013a313d2d2d3a205f => false | '[::1=--:_' | '%5B%3A%01%3A1%3D--%3A%20_'
url 3d247e5f782770 => false | '=$~_x\'p' | '%3D%24%7E_x%27p'
url 3a25683f7e2c5d216129 => false | ':%h?~,]!a)' | '%3A%25h%3F%7E%2C%5D%21a%29'
url 2c73 => false | ',s' | '%2Cs'
url 5f3f73402b3f3d3a735b245f => false | '_?s@+?=:s[$_' | '_%3Fs%40%2B%3F%3D%3As%5B%24_'
url 7874687a21743b23402e26202b315b743a26702b => false | 'xthz!t;#@.&+1[t:&p+' | 'xthz%21t%3B%23%40.%26%20%2B1%5Bt%3A%26p%2B'
url 5d73632d2720407a203a3d2c3d733a5d735d => false | ']sc-\'@z:=,=s:]s]' | '%5Dsc-%27%20%40z%20%3A%3D%2C%3Ds%3A%5Ds%5D'
url 78407473277e5fc3a97374286278 => false | 'x@ts\'~_st(bx' | 'x%40ts%27%7E_%C3%A9st%28bx'
url 243d2f2f70283a017a316174403b2c265d28253a212f25 => false | '$=//p(:z1at@;,&](%:!/%' | '%24%3D%2F%2Fp%28%3A%01z1at%40%3B%2C%26%5D%28%25%3A%21%2F%25'
url 796361402c277926212879783d612c703f742b2a7a3a6379 => false | 'yca@,\'y&!(yx=a,p?t+*z:cy' | 'yca%40%2C%27y%26%21%28yx%3Da%2Cp%3Ft%2B%2Az%3Acy'
url 2768 => false | '\'h' | '%27h'
email 2e5d29 => false | false | '.]'
email 5040625f492c5b3a7828c3bcc3bc3a225c5bc3bc78766249625040 => false | false | 'P@b_I[x[xvbIbP@'
email 5f505b2ec3bc3a7662 => false | false | '_P[.vb'
email 6e365bc3bc5f6e5d31285d2d2e223a49 => false | false | 'n6[_n]1]-.I'
email 363a76503a40502d5c3a62502b495b => false | false | '6vP@P-bP+I['
email 3131365c365020 => false | false | '1166P'
email 36 => false | false | '6'
email 2961766ec3bc622c49 => false | false | 'avnbI'
email 49505f3122503a => false | false | 'IP_1P'
email 2928 => false | false | ''
email 5c2d2c405d4940493a785b205d5c62782d5d2e205f => false | false | '-@]I@Ix[]bx-]._'
email  => false | false | ''
email 3a28285d31292c2b2b5f3122625c622d => false | false | ']1++_1bb-'
email 40202c3a2829785c6e312c5d => false | false | '@xn1]'
email 22766e40223a225f295f5f29 => false | false | 'vn@___'
email 366240363162285d5f29285f3a2c622e4076 => false | false | '6b@61b]__b.@v'
email 5d => false | false | ']'
email 2c762b2b5d495d5b365f2c6e50785b => false | false | 'v++]I][6_nPx['
email  => false | false | ''
email 782b => false | false | 'x+'
email 2b6e28622031316278782d2c2e2c292c2078766e31495f36 => false | false | '+nb11bxx-.xvn1I_6'
email 5b5020492c492e76785c => false | false | '[PII.vx'
email 5d62615c5c615f => false | false | ']baa_'
email 5b50 => false | false | '[P'
email 28615c613a3622492b786e405b285c5f => false | false | 'aa6I+xn@[_'
email 6e => false | false | 'n'
email 292e36312b5d2e615d785b205b22 => false | false | '.61+].a]x[['
email 292e502850492c3a6150295c31 => false | false | '.PPIaP1'
email c3bc6176285031625b31365b2b61 => false | false | 'avP1b[16[+a'
email 5c2c5bc3bc2e315f2d3a402c225f2b61282ec3bc6276292ec3bc3a => false | false | '[.1_-@_+a.bv.'
email  => false | false | ''
email 406136 => false | false | '@a6'
email 3a492c50296250297878c3bc6140 => false | false | 'IPbPxxa@'
email 28612c61402c49283a => false | false | 'aa@I'
email 402d222c2c => false | false | '@-'
email 6e22c3bc36 => false | false | 'n6'
email 2829402e5d20c3bc3631402d315f => false | false | '@.]61@-1_'
email 5f222222785c36 => false | false | '_x6'
email 3a365c297836502d22505c365f2c785f2e2d => false | false | '6x6P-P6_x_.-'
email 5c2e5f2e49622c2b => false | false | '._.Ib+'
email 765f3a78365c225c365d227636312b76502862 => false | false | 'v_x66]v61+vPb'
email 20765c5c626236 => false | false | 'vbb6'
email 6e6e625f225061222b782e285dc3bc => false | false | 'nnb_Pa+x.]'
email 50295b => false | false | 'P['
email 2b2b2c2b2e5b315c2e2bc3bc5c => false | false | '+++.[1.+'
email 225d223a5c2c2d5c495d5c => false | false | ']-I]'
email 2cc3bc6240403662292e2e2e5f6e => false | false | 'b@@6b..._n'
email 2c493a6e50315cc3bc312c3a2c5b62762b5f7828 => false | false | 'InP11[bv+_x'
email 2d5b20505d5b28505d49 => false | false | '-[P][P]I'
email 22223122205b617828 => false | false | '1[ax'
email 405d2e3629616e6e612b5d5c40505d3620505c6e2d5c5f2b => false | false | '@].6anna+]@P]6Pn-_+'
email 295f4976 => false | false | '_Iv'
email  => false | false | ''
email 62206e312231782c786e2c3a5c2b5b4049 => false | false | 'bn11xxn+[@I'
email 61407876502c36225f78362829402240 => false | false | 'a@xvP6_x6@@'
email 206e5f2c2b2c2b505f2d6e2b2c => false | false | 'n_++P_-n+'
email 362c61315c782e50294949c3bc61365b5f => false | false | '6a1x.PIIa6[_'
email 5c6122222249496278503a283a283a226e20405b765f2d => false | false | 'aIIbxPn@[v_-'
email 6e365b5f5f5bc3bc61365c5b40502222292962 => false | false | 'n6[__[a6[@Pb'
email 362c6136c3bc5d495f28 => false | false | '6a6]I_'
email 365b50 => false | false | '6[P'
email 28506e2b2d295c50202828402b61492e492c7828 => false | false | 'Pn+-P@+aI.Ix'
email 31295d62617676226e5f2c2e5b => false | false | '1]bavvn_.['
email 50 => false | false | 'P'
email 5049502e50222078505d61292d31762c6e363a7876 => false | false | 'PIP.PxP]a-1vn6xv'
email 285b2c => false | false | '['
email 5cc3bc5f61786250282c3a2b782e765f362b78 => false | false | '_axbP+x.v_6+x'
email 282d785c6e502e5b206e76205c5f226e495bc3bc6e5c402c => false | false | '-xnP.[nv_nI[n@'
email 50362c502b612b2929292840616e2b5b4928282c3a5f29 => false | false | 'P6P+a+@an+[I_'
email 2d31363a5b5d5b2b225b222b5b50405c78 => false | false | '-16[][+[+[P@x'
email 2ec3bc5d3a3678495d625d76 => false | false | '.]6xI]b]v'
email 785c2d => false | false | 'x-'
email 505f5c50c3bc49402e3a3a5d612c282b62315b29222040 => false | false | 'P_PI@.]a+b1[@'
email 5c2e2e50762c5f2b5b2e5f626228223a => false | false | '..Pv_+[._bb'
email 62492b2b2d2d495f5c76293a765c765c785d => false | false | 'bI++--I_vvvx]'
email 5b3a505c6228366e202e2c78282b312d5d2d505f2b2e => false | false | '[Pb6n.x+1-]-P_+.'
email 2c3149203a5b2d203662312d => false | false | '1I[-6b1-'
email 222d362e5c40 => false | false | '-6.@'
email 495f6e765b => false | false | 'I_nv['
email 225b29623a785b222d => false | false | '[bx[-'
email c3bc6e7822292b2820285f5b5d => false | false | 'nx+_[]'
email 286e3a405d2040c3bc78c3bc6e5d615fc3bc3a207850365f2e2d31 => false | false | 'n@]@xn]a_xP6_.-1'
email 223129225c29785f502c2d2e62226e22c3bc => false | false | '1x_P-.bn'
email 5f5b4961287636 => false | false | '_[Iav6'
email 5d5d312c61c3bc5d7662202c => false | false | ']]1a]vb'
email  => false | false | ''
email 786122292c76293a762d62492e225d5f5f2e50225d505c => false | false | 'xavv-bI.]__.P]P'
email 2076 => false | false | 'v'
email 5d5b495b2878295d2b2028315b3178315d202b295d5b => false | false | '][I[x]+1[1x1]+]['
email 2b78 => false | false | '+x'
email 492b5d202d225c5b222c6e505b => false | false | 'I+]-[nP['
email 78c3bc20502222625f2c6e5d625c36493649402d2d5c4961 => false | false | 'xPb_n]b6I6I@--Ia'
email c3bc31765b31766220402b5b765b76285b4050c3bc6e5062502b => false | false | '1v[1vb@+[v[v[@PnPbP+'
email 5c => false | false | ''
email 29313a2020312050505d5cc3bc2c2e785c28492e2c => false | false | '11PP].xI.'
email 20622e5b22222b5d616e2236763a505d2e62294978 => false | false | 'b.[+]an6vP].bIx'
email 5d29615f282b4940 => false | false | ']a_+I@'
email 2b4022405b => false | false | '+@@['
email 5d29612d2d6222503a6e223120c3bcc3bc62c3bc5c203162765c2b => false | false | ']a--bPn1b1bv+'
email 2d225cc3bc2b5b312b => false | false | '-+[1+'
email 6162283a2b286e5b => false | false | 'ab+n['
email 7636225d2c3a5d5d2d5f5f76762b6128495f => false | false | 'v6]]]-__vv+aI_'
email 5c20785c782840224049284950313a49 => false | false | 'xx@@IIP1I'
email 295d5d5b765c6e782b => false | false | ']][vnx+'
email  => false | false | ''
email 5c623a763a => false | false | 'bv'
email 3a2e6e292b50 => false | false | '.n+P'
email 2e61496e50292c5c78762c5b205f76293a7649 => false | false | '.aInPxv[_vvI'
email 2e315f76312c6131786136365c5f292d => false | false | '.1_v1a1xa66_-'
email 3a2276315d5f => false | false | 'v1]_'
email 76502e20292b78762d226e => false | false | 'vP.+xv-n'
email 315c623a3a36c3bc202c => false | false | '1b6'
email 282b2c292b3a296e2d4928365f7820 => false | false | '++n-I6_x'
email 3a => false | false | ''
email 5f62282b763650202b625f2c782b405c506e5b28402840 => false | false | '_b+v6P+b_x+@Pn[@@'
email 5c2b4976365b50612c783a616e40615d76295f => false | false | '+Iv6[Paxan@a]v_'
email c3bc282849292b6e5f5f2c282d5d5c20505c28 => false | false | 'I+n__-]P'
email 5f50612949762c20296131626e => false | false | '_PaIva1bn'
email 5f50785c295fc3bc623ac3bc5fc3bc3128616ec3bc2c6162 => false | false | '_Px_b_1anab'
email  => false | false | ''
dom 2d62202d202d5f2e6131202d615f2e622d6120 => '-b - -_.a1 -a_.b-a ' | false
dom 20205f2e61 => '  _.a' | false
dom 312d622e2d5f2e6261312e2d20622d312d5f20 => '1-b.-_.ba1.- b-1-_ ' | false
dom 622d6231612d615f61 => 'b-b1a-a_a' | false
dom 62 => 'b' | 'b'
dom 2e5f6162622d5f2d5f5f2e612d5f => false | false
dom 315f612d61615f2e5f615f62 => '1_a-aa_._a_b' | false
dom 2e2e => false | false
dom 5f5f2e626120622d2e61315f20616262 => '__.ba b-.a1_ abb' | false
dom 5f20 => '_ ' | false
dom 2d2e2e2d2e622d => false | false
dom 625f5f2d2d2062 => 'b__-- b' | false
dom 6262 => 'bb' | 'bb'
dom 2d => '-' | false
dom 20622d315f205f2d => ' b-1_ _-' | false
dom 625f206262612d312e2e2e2e616231626220 => false | false
dom 61312d62202d31315f3131625f62615f6231 => 'a1-b -11_11b_ba_b1' | false
dom 622e5f2d5f20612e6131206231312d5f5f612e2d62 => 'b._-_ a.a1 b11-__a.-b' | false
dom 2d => '-' | false
dom 2062622e6120205f31612e5f612e622e2d2e2e612d2e5f62 => false | false
dom 2020202d61312e62205f2e2d62 => '   -a1.b _.-b' | false
dom 2e202e2e31 => false | false
dom 2d2e612031612d616262312d626161612d2d2d => '-.a 1a-abb1-baaa---' | false
dom  => '' | false
dom  => '' | false
dom 202d5f5f5f62205f61315f312061203131202e2d2d205f => ' -___b _a1_1 a 11 .-- _' | false
dom 2e2d625f612e202d6131612d2d2e20205f622d20202e20 => false | false
dom 2031612e612e31315f3162 => ' 1a.a.11_1b' | false
dom 2d2061615f31205f2e2d2e203162 => '- aa_1 _.-. 1b' | false
dom 202d2d31612d622d62616231625f31 => ' --1a-b-bab1b_1' | false
dom 2e5f2d2d2020205f2d2e5f3120313120 => false | false
dom 612e2d => 'a.-' | false
dom 5f5f => '__' | false
dom 6131312e5f206220622031312e5f2d62626231312e61 => 'a11._ b b 11._-bbb11.a' | false
dom 6231622e2e615f5f2e612e => false | false
dom 61612d2d5f612e => 'aa--_a.' | false
dom 2e5f3120202e3162622e2e2d31312062312e5f2e5f202e2d => false | false
dom 626120 => 'ba ' | false
dom 622e612e2d5f31612d6161612e => 'b.a.-_1a-aaa.' | false
dom 2d315f5f61626161622062626162622d2e31315f20 => '-1__abaab bbabb-.11_ ' | false
dom 62205f5f615f5f2d2d2d6261615f => 'b __a__---baa_' | false
dom  => '' | false
dom 6231202d2e312d5f312d622d62612d62315f62 => 'b1 -.1-_1-b-ba-b1_b' | false
dom 5f312d62612e315f2e2d5f622e20 => '_1-ba.1_.-_b. ' | false
dom 202d2d5f5f20615f2d2e615f3131 => ' --__ a_-.a_11' | false
dom 61612d2061622e6162312e5f622d5f31612e2e61 => false | false
dom 622d61315f622e5f615f5f615f206220612062615f61 => 'b-a1_b._a__a_ b a ba_a' | false
dom 5f312e5f2d61205f2d6162622e615f2d312d31205f62312e => '_1._-a _-abb.a_-1-1 _b1.' | false
dom 61613161206261612d3131 => 'aa1a baa-11' | false
dom 5f20622e5f5f2e2062622d5f2d3161 => '_ b.__. bb-_-1a' | false
dom 62312e5f => 'b1._' | false
dom  => '' | false
dom 622e202d5f31615f61612d2d2d2d622d2d612e2e2e => false | false
dom 312d2e5f2d31315f5f2d => '1-._-11__-' | false
dom 2d2d2e20612e206231206161313162625f => '--. a. b1 aa11bb_' | false
dom 612020612d20612d5f312e612d2e312d6261312e2d315f5f => 'a  a- a-_1.a-.1-ba1.-1__' | false
dom 315f5f202e626161202d622e622e3131 => '1__ .baa -b.b.11' | false
dom 2d2e2e2e62626120625f5f5f20615f202e20622e612e => false | false
dom  => '' | false
dom 206262615f5f2e3161622062 => ' bba__.1ab b' | false
dom 2d202d2061625f2e312e2062612d622d312d2d3161 => '- - ab_.1. ba-b-1--1a' | false
dom 622e61622e2d61612d2e312d => 'b.ab.-aa-.1-' | false
dom  => '' | false
dom 2061202d31203120312d202020202062 => ' a -1 1 1-     b' | false
dom 2d626261615f3162315f3162312e => '-bbaa_1b1_1b1.' | false
dom 5f615f6231312d61 => '_a_b11-a' | false
dom 205f2e62 => ' _.b' | false
dom 5f => '_' | false
dom 6262 => 'bb' | 'bb'
dom 61615f625f2d6161622e312e62315f => 'aa_b_-aab.1.b1_' | false
dom 615f5f31205f315f2e612e20312e2e5f61 => false | false
dom 312e202d2e61205f61202d61622d2d5f2d315f2e62202e => '1. -.a _a -ab--_-1_.b .' | false
dom 3161622e2d61312e612d2e62316120 => '1ab.-a1.a-.b1a ' | false
dom 202d312d61312e2e2e202d205f2d20315f62202d2e => false | false
dom 20612e31205f3131202e2d62202d62206231316231 => ' a.1 _11 .-b -b b11b1' | false
dom 61622e2e202e6162625f5f31312d => false | false
dom  => '' | false
dom 5f623161205f3161 => '_b1a _1a' | false
dom 615f2020205f20615f2e2d5f2d2061612d2d5f62312e3161 => 'a_   _ a_.-_- aa--_b1.1a' | false
dom 316120 => '1a ' | false
dom 6120612d31 => 'a a-1' | false
dom 205f2d625f2d20622e31612d615f622e => ' _-b_- b.1a-a_b.' | false
dom 2e31622d205f6220312e612e2e5f316131622e => false | false
dom 202d2e => ' -.' | false
dom 3162622031 => '1bb 1' | false
dom 202e2d615f5f20205f205f612d2e205f202d => ' .-a__  _ _a-. _ -' | false
dom 2d5f2e20312d5f2d20205f62612e2e2d2e => false | false
dom 31613162 => '1a1b' | '1a1b'
dom 2061 => ' a' | false
dom 312e => '1.' | '1.'
dom 2d62612d622062312e625f5f6161622e62622d5f => '-ba-b b1.b__aab.bb-_' | false
dom 612020312d616161316162312020202e2e31312e2e205f => false | false
dom 5f61612d205f2d2e6162615f => '_aa- _-.aba_' | false
dom 62202e6262625f6120615f626162612d2d2d5f2e2d62 => 'b .bbb_a a_baba---_.-b' | false
dom 202e205f2e2e622e5f2e205f622e6161202e2d => false | false
dom 2e2061312e5f31 => false | false
dom 315f2d2d2d2d206131626131615f2d2e6161312e2e61 => false | false
dom 62316220612d612e62206262 => 'b1b a-a.b bb' | false
dom 615f20202e5f5f202d2d2e612e => 'a_  .__ --.a.' | false
dom 5f6162312d2e => '_ab1-.' | false
dom 612d2031315f61612d205f20 => 'a- 11_aa- _ ' | false
dom 2e => false | false
dom 625f31625f5f612e312d62 => 'b_1b__a.1-b' | false
dom 2d202e626220205f2d61312e2d2d622d625f2e5f61 => '- .bb  _-a1.--b-b_._a' | false
dom 315f2d6231622d202e612e315f3161615f202d6162202d31 => '1_-b1b- .a.1_1aa_ -ab -1' | false
dom 3162312d205f316261315f2d61205f2d625f316220 => '1b1- _1ba1_-a _-b_1b ' | false
dom 2d612d5f315f2d2d312e312e => '-a-_1_--1.1.' | false
dom 312e2d62615f => '1.-ba_' | false
dom 622e5f2e2d2e2e2d2e202d5f625f315f62315f2e206131 => false | false
dom 615f2d2d20 => 'a_-- ' | false
dom 626220622e2d202d202e2d => 'bb b.- - .-' | false
dom 5f20312d612d2e312e622e2e2d3161615f2d => false | false
dom 5f202d31315f => '_ -11_' | false
dom 2e61612d2d315f612d62612e => false | false
dom  => '' | false
dom 202e2d312e622d => ' .-1.b-' | false
dom 315f2d6220202e2e202d62625f2d2d => false | false
dom 623161316131612e202d2e2e2d2e2d622e62 => false | false
dom 62612d2d61615f6131315f612d2e202d => 'ba--aa_a11_a-. -' | false
dom 62622d2e2d20 => 'bb-.- ' | false
mac  => false
mac 46676261314542453334462d304267332d6264326139 => false
mac 653a6537623a3144433565392e => false
mac 4465443a383442673343434434 => false
mac 3067432043354367672d413a653663376343 => false
mac 3a36652e2e43432e41463934 => false
mac 412e45 => false
mac 652d6538656234634444653864 => false
mac 3230323520 => false
mac 393935652d63634261373145 => false
mac 4266204144343346643566443a44366720 => false
mac 3a2e352e3a46642d62303437443320 => false
mac 36673a632e654145 => false
mac 346536 => false
mac 61466264443065 => false
mac 433535356230642d61382e6732314162436143 => false
mac 2e413462 => false
mac 38322d376343463767 => false
mac 203120364633416131 => false
mac 2033 => false
mac 33326339442d4646463767423a61422e => false
mac 6241643262 => false
mac 65623a => false
mac 633065206730652d4639446245206331 => false
mac 656634453a313a30362e2e342e344535 => false
mac 3243386531423a3a3661423465 => false
mac 664162433662356235673242333a356735416438644366 => false
mac 46203a2e20673642414564 => false
mac 2d61434630413163634534423043443837673a36463a => false
mac 206231323132434141326542203433 => false
mac 453564 => false
mac 66313142363636314120672d39446267333634653231 => false
mac 2e64633342424664314531382e62206343656546386143 => false
mac 6646 => false
mac 61203430436638 => false
mac 2d37386345456438442d42 => false
mac 6538 => false
mac 622e353162326441412d433a6767616541464366332d46 => false
mac 304241456564666235 => false
mac 2e4420662d4630456738346535614565374343643464 => false
mac 31346645626642 => false
mac 673a42633835663a61 => false
mac 313664343230 => false
mac 4238444633613446326430462d4234204337 => false
mac 32622d6239 => false
mac 353435452044463820653231652e6437 => false
mac 382d32206367336331426141614245383a43 => false
mac 303263384563422d3644676442462d2e392e3a61 => false
mac  => false
mac 39634263314331626530204244303842323865383736 => false
mac 463045633543646242663230366345393736203a6531 => false
mac 343063446638394530346438324145373346613337 => false
mac 303a46372d2e3244353639202d62676344 => false
mac 46673032672e67663165 => false
mac 3163386245663339386542206536 => false
mac 61 => false
mac 636541613531336564373630316736 => false
mac 642e434465622d3246 => false
mac 2d34 => false
mac 4335653a3038 => false
mac 2d3537396635434661443446643666 => false
mac 654333354645646537653741654244442e3744656666322e => false
mac 312e39303641634545433830363766663466634538673445 => false
mac 332d6541 => false
mac 332e31654145343461 => false
mac  => false
mac 39316441332d2d4138 => false
mac 44302e33652d36632e4630383861 => false
mac 386445453a32464163646530303945626443 => false
mac 35413a2d3546436532354131 => false
mac 66662e36616439413a363533623866442031 => false
mac 3264623844204367334330652e3642623835 => false
mac 422e2e42643a6330433720673a20614337 => false
mac 62386663 => false
mac 432d64 => false
mac  => false
mac 456645626144443167456743 => false
mac 2e45313a38326234366232416431624666333437366537 => false
mac 426630 => false
mac 44442e31393a45 => false
mac 3766673a62353333623820674439302e39352d2e => false
mac 66383820302e46646267386366443a => false
mac 332e64 => false
mac 446339616720313632306245 => false
mac 314463 => false
mac 34634545342e42 => false
mac 65422d333844423235436632353342 => false
mac 3a204230 => false
mac  => false
mac 45442045206231412d363035676537323a613938383a2062 => false
mac 65643046302039373a37663a34 => false
mac 3331 => false
mac 41413a303a624345654561306237656131356562442d => false
mac 622d34624362656662313067416434 => false
mac 2e65653945653244393343324342613244676330 => false
mac 382e462d30392033424463646720443867642d => false
mac 43616766652041644635623530623a32432e6730 => false
mac 67412d => false
mac 4637613a612e3566 => false
mac 613820613867 => false
mac 314467443a45454334302d416739 => false
mac 414246653a433042626567 => false
mac 3843353339323745206167613238383364453338 => false
mac 3a6264333964444436 => false
mac 3a393120622e2e386736316438414233653663446642 => false
mac 43372e => false
mac 333043644661313530 => false
mac 413338673663 => false
mac 676765323467324220663167373a362d463962 => false
mac 443462396535632e6136203837413232 => false
mac 38443a44 => false
mac 3062203a326731676765 => false
mac 37344244664467 => false
mac 32626343204233613763332d63 => false
mac 64334638446732434237613344622e => false
mac 333131326164433166422e62653066344164333834634465 => false
mac 442d376238376730453234333a32 => false
mac 2e463a336331374445302d41393133423620323334466167 => false
mac 632e30304462 => false
mac 333165 => false
str 2f2f => '//' | '//' | '//' | '//' | '//'
str 0000 => '' | '&#0;&#0;' | '' . "\0" . '' . "\0" . '' | '\\0\\0' | '&#0;&#0;'
str 2d783c212f2161 => '-x' | '-x&#60;!/!a' | '-x&lt;!/!a' | '-x<!/!a' | '-x<!/!a'
str 3f2dc3a93ec3a93c263d2220262d3ec3a9206227 => '?-é>éé b&#39;' | '?-é&#62;é&#60;&#38;=&#34; &#38;-&#62;é b&#39;' | '?-&eacute;&gt;&eacute;&lt;&amp;=&quot; &amp;-&gt;&eacute; b&#039;' | '?-é>é<&=\\" &->é b\\\'' | '?-><&=" &-> b\''
str 213d3e5c263d2f5c2f2d => '!=>\\&=/\\/-' | '!=&#62;\\&#38;=/\\/-' | '!=&gt;\\&amp;=/\\/-' | '!=>\\\\&=/\\\\/-' | '!=>\\&=/\\/-'
str 205c2d3e613e2d613d2f26262f26 => ' \\->a>-a=/&&/&' | ' \\-&#62;a&#62;-a=/&#38;&#38;/&#38;' | ' \\-&gt;a&gt;-a=/&amp;&amp;/&amp;' | ' \\\\->a>-a=/&&/&' | ' \\->a>-a=/&&/&'
str 2022000000613e203e613c5c3d262626 => ' &#34;a> >a' | ' &#34;&#0;&#0;&#0;a&#62; &#62;a&#60;\\=&#38;&#38;&#38;' | ' &quot;' . "\0" . '' . "\0" . '' . "\0" . 'a&gt; &gt;a&lt;\\=&amp;&amp;&amp;' | ' \\"\\0\\0\\0a> >a<\\\\=&&&' | ' "&#0;&#0;&#0;a> >a<\\=&&&'
str 265c203e2222c3a90022263d003f2f263d => '&\\ >&#34;&#34;é&#34;&=?/&=' | '&#38;\\ &#62;&#34;&#34;é&#0;&#34;&#38;=&#0;?/&#38;=' | '&amp;\\ &gt;&quot;&quot;&eacute;' . "\0" . '&quot;&amp;=' . "\0" . '?/&amp;=' | '&\\\\ >\\"\\"é\\0\\"&=\\0?/&=' | '&\\ >""&#0;"&=&#0;?/&='
str 3e003c => '>' | '&#62;&#0;&#60;' | '&gt;' . "\0" . '&lt;' | '>\\0<' | '>&#0;<'
str 2f612f212f2d3c5c62272f => '/a/!/-' | '/a/!/-&#60;\\b&#39;/' | '/a/!/-&lt;\\b&#039;/' | '/a/!/-<\\\\b\\\'/' | '/a/!/-<\\b\'/'
str c3a93c5c3ec3a921612f2f2227223c3e27623c262d2d => 'éé!a//&#34;&#39;&#34;&#39;b' | 'é&#60;\\&#62;é!a//&#34;&#39;&#34;&#60;&#62;&#39;b&#60;&#38;--' | '&eacute;&lt;\\&gt;&eacute;!a//&quot;&#039;&quot;&lt;&gt;&#039;b&lt;&amp;--' | 'é<\\\\>é!a//\\"\\\'\\"<>\\\'b<&--' | '<\\>!a//"\'"<>\'b<&--'
str 2f20203c5c785cc3a93e2f3fc3a93c2d6227c3a92122272078003d => '/  /?é' | '/  &#60;\\x\\é&#62;/?é&#60;-b&#39;é!&#34;&#39; x&#0;=' | '/  &lt;\\x\\&eacute;&gt;/?&eacute;&lt;-b&#039;&eacute;!&quot;&#039; x' . "\0" . '=' | '/  <\\\\x\\\\é>/?é<-b\\\'é!\\"\\\' x\\0=' | '/  <\\x\\>/?<-b\'!"\' x&#0;='
str 2d007800203d623c260021213d5c223e202262263d5c2021 => '-x =b &#34;b&=\\ !' | '-&#0;x&#0; =b&#60;&#38;&#0;!!=\\&#34;&#62; &#34;b&#38;=\\ !' | '-' . "\0" . 'x' . "\0" . ' =b&lt;&amp;' . "\0" . '!!=\\&quot;&gt; &quot;b&amp;=\\ !' | '-\\0x\\0 =b<&\\0!!=\\\\\\"> \\"b&=\\\\ !' | '-&#0;x&#0; =b<&&#0;!!=\\"> "b&=\\ !'
str 2762 => '&#39;b' | '&#39;b' | '&#039;b' | '\\\'b' | '\'b'
str 61263c61c3a92d62203c007878203c => 'a&' | 'a&#38;&#60;aé-b &#60;&#0;xx &#60;' | 'a&amp;&lt;a&eacute;-b &lt;' . "\0" . 'xx &lt;' | 'a&<aé-b <\\0xx <' | 'a&<a-b <&#0;xx <'
str 3c2d2126263e3d => '=' | '&#60;-!&#38;&#38;&#62;=' | '&lt;-!&amp;&amp;&gt;=' | '<-!&&>=' | '<-!&&>='
str 3f3d273d3e270027c3a9262d623c27 => '?=&#39;=>&#39;&#39;é&-b' | '?=&#39;=&#62;&#39;&#0;&#39;é&#38;-b&#60;&#39;' | '?=&#039;=&gt;&#039;' . "\0" . '&#039;&eacute;&amp;-b&lt;&#039;' | '?=\\\'=>\\\'\\0\\\'é&-b<\\\'' | '?=\'=>\'&#0;\'&-b<\''
str 3d00 => '=' | '=&#0;' | '=' . "\0" . '' | '=\\0' | '=&#0;'
str c3a92026782f263e203e216122c3a96121 => 'é &x/&> >!a&#34;éa!' | 'é &#38;x/&#38;&#62; &#62;!a&#34;éa!' | '&eacute; &amp;x/&amp;&gt; &gt;!a&quot;&eacute;a!' | 'é &x/&> >!a\\"éa!' | ' &x/&> >!a"a!'
str 275c62622d3e612f27266122263e783e78 => '&#39;\\bb->a/&#39;&a&#34;&>x>x' | '&#39;\\bb-&#62;a/&#39;&#38;a&#34;&#38;&#62;x&#62;x' | '&#039;\\bb-&gt;a/&#039;&amp;a&quot;&amp;&gt;x&gt;x' | '\\\'\\\\bb->a/\\\'&a\\"&>x>x' | '\'\\bb->a/\'&a"&>x>x'
str 3e3d2221c3a93c003c3e27003f782027623f => '>=&#34;!é' | '&#62;=&#34;!é&#60;&#0;&#60;&#62;&#39;&#0;?x &#39;b?' | '&gt;=&quot;!&eacute;&lt;' . "\0" . '&lt;&gt;&#039;' . "\0" . '?x &#039;b?' | '>=\\"!é<\\0<>\\\'\\0?x \\\'b?' | '>="!<&#0;<>\'&#0;?x \'b?'
str 62613e623d2d2078c3a9272d272d2161 => 'ba>b=- xé&#39;-&#39;-!a' | 'ba&#62;b=- xé&#39;-&#39;-!a' | 'ba&gt;b=- x&eacute;&#039;-&#039;-!a' | 'ba>b=- xé\\\'-\\\'-!a' | 'ba>b=- x\'-\'-!a'
str 21 => '!' | '!' | '!' | '!' | '!'
str 205c612d => ' \\a-' | ' \\a-' | ' \\a-' | ' \\\\a-' | ' \\a-'
str 222d2fc3a92d267821c3a92d5c20223e3c20c3a9623f623d2d3dc3a9 => '&#34;-/é-&x!é-\\ &#34;>' | '&#34;-/é-&#38;x!é-\\ &#34;&#62;&#60; éb?b=-=é' | '&quot;-/&eacute;-&amp;x!&eacute;-\\ &quot;&gt;&lt; &eacute;b?b=-=&eacute;' | '\\"-/é-&x!é-\\\\ \\">< éb?b=-=é' | '"-/-&x!-\\ ">< b?b=-='
str c3a962216126 => 'éb!a&' | 'éb!a&#38;' | '&eacute;b!a&amp;' | 'éb!a&' | 'b!a&'
str 3c3ec3a95c615c3dc3a9612d62213c3c003c3e => 'é\\a\\=éa-b!' | '&#60;&#62;é\\a\\=éa-b!&#60;&#60;&#0;&#60;&#62;' | '&lt;&gt;&eacute;\\a\\=&eacute;a-b!&lt;&lt;' . "\0" . '&lt;&gt;' | '<>é\\\\a\\\\=éa-b!<<\\0<>' | '<>\\a\\=a-b!<<&#0;<>'
str 5c21222dc3a95c2f00002222 => '\\!&#34;-é\\/&#34;&#34;' | '\\!&#34;-é\\/&#0;&#0;&#34;&#34;' | '\\!&quot;-&eacute;\\/' . "\0" . '' . "\0" . '&quot;&quot;' | '\\\\!\\"-é\\\\/\\0\\0\\"\\"' | '\\!"-\\/&#0;&#0;""'
str 7861223f212d2126222f5c62c3a9c3a93e27263f223d => 'xa&#34;?!-!&&#34;/\\béé>&#39;&?&#34;=' | 'xa&#34;?!-!&#38;&#34;/\\béé&#62;&#39;&#38;?&#34;=' | 'xa&quot;?!-!&amp;&quot;/\\b&eacute;&eacute;&gt;&#039;&amp;?&quot;=' | 'xa\\"?!-!&\\"/\\\\béé>\\\'&?\\"=' | 'xa"?!-!&"/\\b>\'&?"='
str 222d => '&#34;-' | '&#34;-' | '&quot;-' | '\\"-' | '"-'
str 3d005c21203d5c => '=\\! =\\' | '=&#0;\\! =\\' | '=' . "\0" . '\\! =\\' | '=\\0\\\\! =\\\\' | '=&#0;\\! =\\'
str 2d215c3f2f2621783c6126273d272f622f5c2061 => '-!\\?/&!x' | '-!\\?/&#38;!x&#60;a&#38;&#39;=&#39;/b/\\ a' | '-!\\?/&amp;!x&lt;a&amp;&#039;=&#039;/b/\\ a' | '-!\\\\?/&!x<a&\\\'=\\\'/b/\\\\ a' | '-!\\?/&!x<a&\'=\'/b/\\ a'
str 62222f003f5c62202d78262f2161613d222f6126272120 => 'b&#34;/?\\b -x&/!aa=&#34;/a&&#39;! ' | 'b&#34;/&#0;?\\b -x&#38;/!aa=&#34;/a&#38;&#39;! ' | 'b&quot;/' . "\0" . '?\\b -x&amp;/!aa=&quot;/a&amp;&#039;! ' | 'b\\"/\\0?\\\\b -x&/!aa=\\"/a&\\\'! ' | 'b"/&#0;?\\b -x&/!aa="/a&\'! '
str 78265c27002061c3a96200c3a9 => 'x&\\&#39; aébé' | 'x&#38;\\&#39;&#0; aéb&#0;é' | 'x&amp;\\&#039;' . "\0" . ' a&eacute;b' . "\0" . '&eacute;' | 'x&\\\\\\\'\\0 aéb\\0é' | 'x&\\\'&#0; ab&#0;'
str 003e003d3d272f3e612f3fc3a9782d5c62 => '>==&#39;/>a/?éx-\\b' | '&#0;&#62;&#0;==&#39;/&#62;a/?éx-\\b' | '' . "\0" . '&gt;' . "\0" . '==&#039;/&gt;a/?&eacute;x-\\b' | '\\0>\\0==\\\'/>a/?éx-\\\\b' | '&#0;>&#0;==\'/>a/?x-\\b'
str 3c3f7862263f263d3d003e3d => '' | '&#60;?xb&#38;?&#38;==&#0;&#62;=' | '&lt;?xb&amp;?&amp;==' . "\0" . '&gt;=' | '<?xb&?&==\\0>=' | '<?xb&?&==&#0;>='
str 613d3f3c203e => 'a=?' | 'a=?&#60; &#62;' | 'a=?&lt; &gt;' | 'a=?< >' | 'a=?< >'
str 26c3a922203e2161275c225c => '&é&#34; >!a&#39;\\&#34;\\' | '&#38;é&#34; &#62;!a&#39;\\&#34;\\' | '&amp;&eacute;&quot; &gt;!a&#039;\\&quot;\\' | '&é\\" >!a\\\'\\\\\\"\\\\' | '&" >!a\'\\"\\'
str 2d3f => '-?' | '-?' | '-?' | '-?' | '-?'
str 623e => 'b>' | 'b&#62;' | 'b&gt;' | 'b>' | 'b>'
str 275c2f785c3d3d20273e => '&#39;\\/x\\== &#39;>' | '&#39;\\/x\\== &#39;&#62;' | '&#039;\\/x\\== &#039;&gt;' | '\\\'\\\\/x\\\\== \\\'>' | '\'\\/x\\== \'>'
str 00002720615c3f27622f3fc3a93e21 => '&#39; a\\?&#39;b/?é>!' | '&#0;&#0;&#39; a\\?&#39;b/?é&#62;!' | '' . "\0" . '' . "\0" . '&#039; a\\?&#039;b/?&eacute;&gt;!' | '\\0\\0\\\' a\\\\?\\\'b/?é>!' | '&#0;&#0;\' a\\?\'b/?>!'
str 3f003c => '?' | '?&#0;&#60;' | '?' . "\0" . '&lt;' | '?\\0<' | '?&#0;<'
str 5c2f3d782d615c612f622d006262 => '\\/=x-a\\a/b-bb' | '\\/=x-a\\a/b-&#0;bb' | '\\/=x-a\\a/b-' . "\0" . 'bb' | '\\\\/=x-a\\\\a/b-\\0bb' | '\\/=x-a\\a/b-&#0;bb'
str 3c225c2278003e3e613d2126273e00 => '>a=!&&#39;>' | '&#60;&#34;\\&#34;x&#0;&#62;&#62;a=!&#38;&#39;&#62;&#0;' | '&lt;&quot;\\&quot;x' . "\0" . '&gt;&gt;a=!&amp;&#039;&gt;' . "\0" . '' | '<\\"\\\\\\"x\\0>>a=!&\\\'>\\0' | '<"\\"x&#0;>>a=!&\'>&#0;'
str 20623e3e222762613e5c2d27273f2f00785c5c613c78262f => ' b>>&#34;&#39;ba>\\-&#39;&#39;?/x\\\\a' | ' b&#62;&#62;&#34;&#39;ba&#62;\\-&#39;&#39;?/&#0;x\\\\a&#60;x&#38;/' | ' b&gt;&gt;&quot;&#039;ba&gt;\\-&#039;&#039;?/' . "\0" . 'x\\\\a&lt;x&amp;/' | ' b>>\\"\\\'ba>\\\\-\\\'\\\'?/\\0x\\\\\\\\a<x&/' | ' b>>"\'ba>\\-\'\'?/&#0;x\\\\a<x&/'
str 2d5c5c622f3c2122 => '-\\\\b/' | '-\\\\b/&#60;!&#34;' | '-\\\\b/&lt;!&quot;' | '-\\\\\\\\b/<!\\"' | '-\\\\b/<!"'
str 3f782d270061276278213f61263c265c263f2f => '?x-&#39;a&#39;bx!?a&' | '?x-&#39;&#0;a&#39;bx!?a&#38;&#60;&#38;\\&#38;?/' | '?x-&#039;' . "\0" . 'a&#039;bx!?a&amp;&lt;&amp;\\&amp;?/' | '?x-\\\'\\0a\\\'bx!?a&<&\\\\&?/' | '?x-\'&#0;a\'bx!?a&<&\\&?/'
str 62c3a93e002d2678 => 'bé>-&x' | 'bé&#62;&#0;-&#38;x' | 'b&eacute;&gt;' . "\0" . '-&amp;x' | 'bé>\\0-&x' | 'b>&#0;-&x'
str 3c62223f610021 => '' | '&#60;b&#34;?a&#0;!' | '&lt;b&quot;?a' . "\0" . '!' | '<b\\"?a\\0!' | '<b"?a&#0;!'
str 2f5c5c622220 => '/\\\\b&#34; ' | '/\\\\b&#34; ' | '/\\\\b&quot; ' | '/\\\\\\\\b\\" ' | '/\\\\b" '
str 3f3e3c2d612f3f => '?>' | '?&#62;&#60;-a/?' | '?&gt;&lt;-a/?' | '?><-a/?' | '?><-a/?'
str 2f5c783d2d => '/\\x=-' | '/\\x=-' | '/\\x=-' | '/\\\\x=-' | '/\\x=-'
str 612d26222f262720203d2226212f => 'a-&&#34;/&&#39;  =&#34;&!/' | 'a-&#38;&#34;/&#38;&#39;  =&#34;&#38;!/' | 'a-&amp;&quot;/&amp;&#039;  =&quot;&amp;!/' | 'a-&\\"/&\\\'  =\\"&!/' | 'a-&"/&\'  ="&!/'
str 3c3d3d62613fc3a93f2d3c3cc3a9212f2720273c5c6261216120 => '' | '&#60;==ba?é?-&#60;&#60;é!/&#39; &#39;&#60;\\ba!a ' | '&lt;==ba?&eacute;?-&lt;&lt;&eacute;!/&#039; &#039;&lt;\\ba!a ' | '<==ba?é?-<<é!/\\\' \\\'<\\\\ba!a ' | '<==ba??-<<!/\' \'<\\ba!a '
str 3d6227212d5c215c225c2026223f => '=b&#39;!-\\!\\&#34;\\ &&#34;?' | '=b&#39;!-\\!\\&#34;\\ &#38;&#34;?' | '=b&#039;!-\\!\\&quot;\\ &amp;&quot;?' | '=b\\\'!-\\\\!\\\\\\"\\\\ &\\"?' | '=b\'!-\\!\\"\\ &"?'
str c3a900203cc3a9c3a92720213f220020272f3c2d21c3a9623c3dc3a922 => 'é ' | 'é&#0; &#60;éé&#39; !?&#34;&#0; &#39;/&#60;-!éb&#60;=é&#34;' | '&eacute;' . "\0" . ' &lt;&eacute;&eacute;&#039; !?&quot;' . "\0" . ' &#039;/&lt;-!&eacute;b&lt;=&eacute;&quot;' | 'é\\0 <éé\\\' !?\\"\\0 \\\'/<-!éb<=é\\"' | '&#0; <\' !?"&#0; \'/<-!b<="'
str 222f2120272200623e006222c3a927203e780026223d002122 => '&#34;/! &#39;&#34;b>b&#34;é&#39; >x&&#34;=!&#34;' | '&#34;/! &#39;&#34;&#0;b&#62;&#0;b&#34;é&#39; &#62;x&#0;&#38;&#34;=&#0;!&#34;' | '&quot;/! &#039;&quot;' . "\0" . 'b&gt;' . "\0" . 'b&quot;&eacute;&#039; &gt;x' . "\0" . '&amp;&quot;=' . "\0" . '!&quot;' | '\\"/! \\\'\\"\\0b>\\0b\\"é\\\' >x\\0&\\"=\\0!\\"' | '"/! \'"&#0;b>&#0;b"\' >x&#0;&"=&#0;!"'
str c3a978276162003d => 'éx&#39;ab=' | 'éx&#39;ab&#0;=' | '&eacute;x&#039;ab' . "\0" . '=' | 'éx\\\'ab\\0=' | 'x\'ab&#0;='
str 613d20783e2720273d21 => 'a= x>&#39; &#39;=!' | 'a= x&#62;&#39; &#39;=!' | 'a= x&gt;&#039; &#039;=!' | 'a= x>\\\' \\\'=!' | 'a= x>\' \'=!'
str 62785c3d005c3f2f2f20 => 'bx\\=\\?// ' | 'bx\\=&#0;\\?// ' | 'bx\\=' . "\0" . '\\?// ' | 'bx\\\\=\\0\\\\?// ' | 'bx\\=&#0;\\?// '
str 276127c3a96262203f62782726 => '&#39;a&#39;ébb ?bx&#39;&' | '&#39;a&#39;ébb ?bx&#39;&#38;' | '&#039;a&#039;&eacute;bb ?bx&#039;&amp;' | '\\\'a\\\'ébb ?bx\\\'&' | '\'a\'bb ?bx\'&'
str 213d3e => '!=>' | '!=&#62;' | '!=&gt;' | '!=>' | '!=>'
str 3c3f78 => '' | '&#60;?x' | '&lt;?x' | '<?x' | '<?x'
str 2d5cc3a92d78613c003d22002f263d3e22 => '-\\é-xa&#34;' | '-\\é-xa&#60;&#0;=&#34;&#0;/&#38;=&#62;&#34;' | '-\\&eacute;-xa&lt;' . "\0" . '=&quot;' . "\0" . '/&amp;=&gt;&quot;' | '-\\\\é-xa<\\0=\\"\\0/&=>\\"' | '-\\-xa<&#0;="&#0;/&=>"'
str 3c2fc3a9783d3d00215c205c27612762265c => '' | '&#60;/éx==&#0;!\\ \\&#39;a&#39;b&#38;\\' | '&lt;/&eacute;x==' . "\0" . '!\\ \\&#039;a&#039;b&amp;\\' | '</éx==\\0!\\\\ \\\\\\\'a\\\'b&\\\\' | '</x==&#0;!\\ \\\'a\'b&\\'
str 2f2700202f00613e3d203d20202fc3a9 => '/&#39; /a>= =  /é' | '/&#39;&#0; /&#0;a&#62;= =  /é' | '/&#039;' . "\0" . ' /' . "\0" . 'a&gt;= =  /&eacute;' | '/\\\'\\0 /\\0a>= =  /é' | '/\'&#0; /&#0;a>= =  /'
str 2161782127c3a93c => '!ax!&#39;é' | '!ax!&#39;é&#60;' | '!ax!&#039;&eacute;&lt;' | '!ax!\\\'é<' | '!ax!\'<'
str 3f61c3a9613f6121272d203c78c3a922 => '?aéa?a!&#39;- ' | '?aéa?a!&#39;- &#60;xé&#34;' | '?a&eacute;a?a!&#039;- &lt;x&eacute;&quot;' | '?aéa?a!\\\'- <xé\\"' | '?aa?a!\'- <x"'
str 2f => '/' | '/' | '/' | '/' | '/'
str 272261222dc3a9c3a9273e276222223c20 => '&#39;&#34;a&#34;-éé&#39;>&#39;b&#34;&#34;' | '&#39;&#34;a&#34;-éé&#39;&#62;&#39;b&#34;&#34;&#60; ' | '&#039;&quot;a&quot;-&eacute;&eacute;&#039;&gt;&#039;b&quot;&quot;&lt; ' | '\\\'\\"a\\"-éé\\\'>\\\'b\\"\\"< ' | '\'"a"-\'>\'b""< '
str 3e3c3f20c3a920203c62263c2d263d202026 => '>' | '&#62;&#60;? é  &#60;b&#38;&#60;-&#38;=  &#38;' | '&gt;&lt;? &eacute;  &lt;b&amp;&lt;-&amp;=  &amp;' | '><? é  <b&<-&=  &' | '><?   <b&<-&=  &'
str 3d3e21273f5c223d3dc3a9202f2f => '=>!&#39;?\\&#34;==é //' | '=&#62;!&#39;?\\&#34;==é //' | '=&gt;!&#039;?\\&quot;==&eacute; //' | '=>!\\\'?\\\\\\"==é //' | '=>!\'?\\"== //'
str 2f3c3f00783c2f2161 => '/' | '/&#60;?&#0;x&#60;/!a' | '/&lt;?' . "\0" . 'x&lt;/!a' | '/<?\\0x</!a' | '/<?&#0;x</!a'
str 3c3c3fc3a927622700 => '' | '&#60;&#60;?é&#39;b&#39;&#0;' | '&lt;&lt;?&eacute;&#039;b&#039;' . "\0" . '' | '<<?é\\\'b\\\'\\0' | '<<?\'b\'&#0;'
str 27782f622727273f78272f3d5c3c2fc3a95c3d213f => '&#39;x/b&#39;&#39;&#39;?x&#39;/=\\' | '&#39;x/b&#39;&#39;&#39;?x&#39;/=\\&#60;/é\\=!?' | '&#039;x/b&#039;&#039;&#039;?x&#039;/=\\&lt;/&eacute;\\=!?' | '\\\'x/b\\\'\\\'\\\'?x\\\'/=\\\\</é\\\\=!?' | '\'x/b\'\'\'?x\'/=\\</\\=!?'
str 5c5c00c3a97822262f5c3d3e3d613c3c3f3d2d => '\\\\éx&#34;&/\\=>=a' | '\\\\&#0;éx&#34;&#38;/\\=&#62;=a&#60;&#60;?=-' | '\\\\' . "\0" . '&eacute;x&quot;&amp;/\\=&gt;=a&lt;&lt;?=-' | '\\\\\\\\\\0éx\\"&/\\\\=>=a<<?=-' | '\\\\&#0;x"&/\\=>=a<<?=-'
str c3a93e61613c27222d2000 => 'é>aa' | 'é&#62;aa&#60;&#39;&#34;- &#0;' | '&eacute;&gt;aa&lt;&#039;&quot;- ' . "\0" . '' | 'é>aa<\\\'\\"- \\0' | '>aa<\'"- &#0;'
str c3a93d5c002f212f3d263f212600c3a9222f20 => 'é=\\/!/=&?!&é&#34;/ ' | 'é=\\&#0;/!/=&#38;?!&#38;&#0;é&#34;/ ' | '&eacute;=\\' . "\0" . '/!/=&amp;?!&amp;' . "\0" . '&eacute;&quot;/ ' | 'é=\\\\\\0/!/=&?!&\\0é\\"/ ' | '=\\&#0;/!/=&?!&&#0;"/ '
str c3a95c26002f0027003fc3a922c3a93c27613c21272d21 => 'é\\&/&#39;?é&#34;é' | 'é\\&#38;&#0;/&#0;&#39;&#0;?é&#34;é&#60;&#39;a&#60;!&#39;-!' | '&eacute;\\&amp;' . "\0" . '/' . "\0" . '&#039;' . "\0" . '?&eacute;&quot;&eacute;&lt;&#039;a&lt;!&#039;-!' | 'é\\\\&\\0/\\0\\\'\\0?é\\"é<\\\'a<!\\\'-!' | '\\&&#0;/&#0;\'&#0;?"<\'a<!\'-!'
str 5c202f5c2762 => '\\ /\\&#39;b' | '\\ /\\&#39;b' | '\\ /\\&#039;b' | '\\\\ /\\\\\\\'b' | '\\ /\\\'b'
str 27 => '&#39;' | '&#39;' | '&#039;' | '\\\'' | '\''
str 783d3c2f3f2d3e6126273c3e27612f3e3f21 => 'x=a&&#39;&#39;a/>?!' | 'x=&#60;/?-&#62;a&#38;&#39;&#60;&#62;&#39;a/&#62;?!' | 'x=&lt;/?-&gt;a&amp;&#039;&lt;&gt;&#039;a/&gt;?!' | 'x=</?->a&\\\'<>\\\'a/>?!' | 'x=</?->a&\'<>\'a/>?!'
str 3d3c2d3e613e3c782778262d3e62213f => '=a>b!?' | '=&#60;-&#62;a&#62;&#60;x&#39;x&#38;-&#62;b!?' | '=&lt;-&gt;a&gt;&lt;x&#039;x&amp;-&gt;b!?' | '=<->a><x\\\'x&->b!?' | '=<->a><x\'x&->b!?'
str 00003e613cc3a9272d3c277826785c3c => '>a' | '&#0;&#0;&#62;a&#60;é&#39;-&#60;&#39;x&#38;x\\&#60;' | '' . "\0" . '' . "\0" . '&gt;a&lt;&eacute;&#039;-&lt;&#039;x&amp;x\\&lt;' | '\\0\\0>a<é\\\'-<\\\'x&x\\\\<' | '&#0;&#0;>a<\'-<\'x&x\\<'
str 3e22212261613c78003e2f3e => '>&#34;!&#34;aa/>' | '&#62;&#34;!&#34;aa&#60;x&#0;&#62;/&#62;' | '&gt;&quot;!&quot;aa&lt;x' . "\0" . '&gt;/&gt;' | '>\\"!\\"aa<x\\0>/>' | '>"!"aa<x&#0;>/>'
str 62275c3e78c3a93e3fc3a96122c3a9273f3f2f3d625c => 'b&#39;\\>xé>?éa&#34;é&#39;??/=b\\' | 'b&#39;\\&#62;xé&#62;?éa&#34;é&#39;??/=b\\' | 'b&#039;\\&gt;x&eacute;&gt;?&eacute;a&quot;&eacute;&#039;??/=b\\' | 'b\\\'\\\\>xé>?éa\\"é\\\'??/=b\\\\' | 'b\'\\>x>?a"\'??/=b\\'
str 005c => '\\' | '&#0;\\' | '' . "\0" . '\\' | '\\0\\\\' | '&#0;\\'
str 78213c3f3d2d000020223d3e5c61c3a93f61213c => 'x!' | 'x!&#60;?=-&#0;&#0; &#34;=&#62;\\aé?a!&#60;' | 'x!&lt;?=-' . "\0" . '' . "\0" . ' &quot;=&gt;\\a&eacute;?a!&lt;' | 'x!<?=-\\0\\0 \\"=>\\\\aé?a!<' | 'x!<?=-&#0;&#0; "=>\\a?a!<'
str 002061 => ' a' | '&#0; a' | '' . "\0" . ' a' | '\\0 a' | '&#0; a'
str 5c3f3e7827c3a9276126226200612222c3a92d272f783f27275c => '\\?>x&#39;é&#39;a&&#34;ba&#34;&#34;é-&#39;/x?&#39;&#39;\\' | '\\?&#62;x&#39;é&#39;a&#38;&#34;b&#0;a&#34;&#34;é-&#39;/x?&#39;&#39;\\' | '\\?&gt;x&#039;&eacute;&#039;a&amp;&quot;b' . "\0" . 'a&quot;&quot;&eacute;-&#039;/x?&#039;&#039;\\' | '\\\\?>x\\\'é\\\'a&\\"b\\0a\\"\\"é-\\\'/x?\\\'\\\'\\\\' | '\\?>x\'\'a&"b&#0;a""-\'/x?\'\'\\'
str 263f20272d5c783e272f3d20002d5cc3a922272d27 => '&? &#39;-\\x>&#39;/= -\\é&#34;&#39;-&#39;' | '&#38;? &#39;-\\x&#62;&#39;/= &#0;-\\é&#34;&#39;-&#39;' | '&amp;? &#039;-\\x&gt;&#039;/= ' . "\0" . '-\\&eacute;&quot;&#039;-&#039;' | '&? \\\'-\\\\x>\\\'/= \\0-\\\\é\\"\\\'-\\\'' | '&? \'-\\x>\'/= &#0;-\\"\'-\''
str  => '' | '' | '' | '' | ''
str 625c3c6127c3a95c3f => 'b\\' | 'b\\&#60;a&#39;é\\?' | 'b\\&lt;a&#039;&eacute;\\?' | 'b\\\\<a\\\'é\\\\?' | 'b\\<a\'\\?'
str 5c203f5c213c5c26223e212621783e => '\\ ?\\!!&!x>' | '\\ ?\\!&#60;\\&#38;&#34;&#62;!&#38;!x&#62;' | '\\ ?\\!&lt;\\&amp;&quot;&gt;!&amp;!x&gt;' | '\\\\ ?\\\\!<\\\\&\\">!&!x>' | '\\ ?\\!<\\&">!&!x>'
str 625c3d3f => 'b\\=?' | 'b\\=?' | 'b\\=?' | 'b\\\\=?' | 'b\\=?'
str 2f3e617821c3a92f62223d2d3d2f3f2121222621 => '/>ax!é/b&#34;=-=/?!!&#34;&!' | '/&#62;ax!é/b&#34;=-=/?!!&#34;&#38;!' | '/&gt;ax!&eacute;/b&quot;=-=/?!!&quot;&amp;!' | '/>ax!é/b\\"=-=/?!!\\"&!' | '/>ax!/b"=-=/?!!"&!'
str 213dc3a90000202d => '!=é -' | '!=é&#0;&#0; -' | '!=&eacute;' . "\0" . '' . "\0" . ' -' | '!=é\\0\\0 -' | '!=&#0;&#0; -'
str 2f3f272d3d => '/?&#39;-=' | '/?&#39;-=' | '/?&#039;-=' | '/?\\\'-=' | '/?\'-='
str 21202000263e3d782f20213f62613d002fc3a922 => '!  &>=x/ !?ba=/é&#34;' | '!  &#0;&#38;&#62;=x/ !?ba=&#0;/é&#34;' | '!  ' . "\0" . '&amp;&gt;=x/ !?ba=' . "\0" . '/&eacute;&quot;' | '!  \\0&>=x/ !?ba=\\0/é\\"' | '!  &#0;&>=x/ !?ba=&#0;/"'
str 265c785c223e3d3c00002f006227c3a9213d3f => '&\\x\\&#34;>=' | '&#38;\\x\\&#34;&#62;=&#60;&#0;&#0;/&#0;b&#39;é!=?' | '&amp;\\x\\&quot;&gt;=&lt;' . "\0" . '' . "\0" . '/' . "\0" . 'b&#039;&eacute;!=?' | '&\\\\x\\\\\\">=<\\0\\0/\\0b\\\'é!=?' | '&\\x\\">=<&#0;&#0;/&#0;b\'!=?'
str 3f3c5c2f61003f5c615c20c3a9 => '?' | '?&#60;\\/a&#0;?\\a\\ é' | '?&lt;\\/a' . "\0" . '?\\a\\ &eacute;' | '?<\\\\/a\\0?\\\\a\\\\ é' | '?<\\/a&#0;?\\a\\ '
str 783d202f3d2d6261215c3f3d3e3f2d => 'x= /=-ba!\\?=>?-' | 'x= /=-ba!\\?=&#62;?-' | 'x= /=-ba!\\?=&gt;?-' | 'x= /=-ba!\\\\?=>?-' | 'x= /=-ba!\\?=>?-'
str 622dc3a9003f3d2f783c213d262d3f => 'b-é?=/x' | 'b-é&#0;?=/x&#60;!=&#38;-?' | 'b-&eacute;' . "\0" . '?=/x&lt;!=&amp;-?' | 'b-é\\0?=/x<!=&-?' | 'b-&#0;?=/x<!=&-?'
str 5c2f78c3a92261c3a9c3a9 => '\\/xé&#34;aéé' | '\\/xé&#34;aéé' | '\\/x&eacute;&quot;a&eacute;&eacute;' | '\\\\/xé\\"aéé' | '\\/x"a'
str 61203e5c2026c3a962215c212621210062 => 'a >\\ &éb!\\!&!!b' | 'a &#62;\\ &#38;éb!\\!&#38;!!&#0;b' | 'a &gt;\\ &amp;&eacute;b!\\!&amp;!!' . "\0" . 'b' | 'a >\\\\ &éb!\\\\!&!!\\0b' | 'a >\\ &b!\\!&!!&#0;b'
str 61203f2d5c => 'a ?-\\' | 'a ?-\\' | 'a ?-\\' | 'a ?-\\\\' | 'a ?-\\'
str 3c202062003c3f => '' | '&#60;  b&#0;&#60;?' | '&lt;  b' . "\0" . '&lt;?' | '<  b\\0<?' | '<  b&#0;<?'
str 21202f78612f2d2f782f2627003c3f272f003e3f2d => '! /xa/-/x/&&#39;' | '! /xa/-/x/&#38;&#39;&#0;&#60;?&#39;/&#0;&#62;?-' | '! /xa/-/x/&amp;&#039;' . "\0" . '&lt;?&#039;/' . "\0" . '&gt;?-' | '! /xa/-/x/&\\\'\\0<?\\\'/\\0>?-' | '! /xa/-/x/&\'&#0;<?\'/&#0;>?-'
str 62206278225c62223c => 'b bx&#34;\\b&#34;' | 'b bx&#34;\\b&#34;&#60;' | 'b bx&quot;\\b&quot;&lt;' | 'b bx\\"\\\\b\\"<' | 'b bx"\\b"<'
str 2f26203c3c3c615c782d3c20c3a900612d61 => '/& ' | '/&#38; &#60;&#60;&#60;a\\x-&#60; é&#0;a-a' | '/&amp; &lt;&lt;&lt;a\\x-&lt; &eacute;' . "\0" . 'a-a' | '/& <<<a\\\\x-< é\\0a-a' | '/& <<<a\\x-< &#0;a-a'
str 213c5c2d5c3f610022212f20203c223f => '!' | '!&#60;\\-\\?a&#0;&#34;!/  &#60;&#34;?' | '!&lt;\\-\\?a' . "\0" . '&quot;!/  &lt;&quot;?' | '!<\\\\-\\\\?a\\0\\"!/  <\\"?' | '!<\\-\\?a&#0;"!/  <"?'
str 203c3d786222216261212127 => ' ' | ' &#60;=xb&#34;!ba!!&#39;' | ' &lt;=xb&quot;!ba!!&#039;' | ' <=xb\\"!ba!!\\\'' | ' <=xb"!ba!!\''
str c3a93c22212fc3a92262 => 'é' | 'é&#60;&#34;!/é&#34;b' | '&eacute;&lt;&quot;!/&eacute;&quot;b' | 'é<\\"!/é\\"b' | '<"!/"b'
str 21 => '!' | '!' | '!' | '!' | '!'
str 203e62003f78002100622121783c => ' >b?x!b!!x' | ' &#62;b&#0;?x&#0;!&#0;b!!x&#60;' | ' &gt;b' . "\0" . '?x' . "\0" . '!' . "\0" . 'b!!x&lt;' | ' >b\\0?x\\0!\\0b!!x<' | ' >b&#0;?x&#0;!&#0;b!!x<'
str 3c3f5c2d61c3a9223c3cc3a92f22783c273f202727203d3f62 => '' | '&#60;?\\-aé&#34;&#60;&#60;é/&#34;x&#60;&#39;? &#39;&#39; =?b' | '&lt;?\\-a&eacute;&quot;&lt;&lt;&eacute;/&quot;x&lt;&#039;? &#039;&#039; =?b' | '<?\\\\-aé\\"<<é/\\"x<\\\'? \\\'\\\' =?b' | '<?\\-a"<</"x<\'? \'\' =?b'
str 3e5c5c2661213c00 => '>\\\\&a!' | '&#62;\\\\&#38;a!&#60;&#0;' | '&gt;\\\\&amp;a!&lt;' . "\0" . '' | '>\\\\\\\\&a!<\\0' | '>\\\\&a!<&#0;'
str 3e00262d62783e3d223c265c225c3e3f3d2727 => '>&-bx>=&#34;?=&#39;&#39;' | '&#62;&#0;&#38;-bx&#62;=&#34;&#60;&#38;\\&#34;\\&#62;?=&#39;&#39;' | '&gt;' . "\0" . '&amp;-bx&gt;=&quot;&lt;&amp;\\&quot;\\&gt;?=&#039;&#039;' | '>\\0&-bx>=\\"<&\\\\\\"\\\\>?=\\\'\\\'' | '>&#0;&-bx>="<&\\"\\>?=\'\''
str 00212d2f2d2f273d273e3e61783f21782226273c21262f00 => '!-/-/&#39;=&#39;>>ax?!x&#34;&&#39;' | '&#0;!-/-/&#39;=&#39;&#62;&#62;ax?!x&#34;&#38;&#39;&#60;!&#38;/&#0;' | '' . "\0" . '!-/-/&#039;=&#039;&gt;&gt;ax?!x&quot;&amp;&#039;&lt;!&amp;/' . "\0" . '' | '\\0!-/-/\\\'=\\\'>>ax?!x\\"&\\\'<!&/\\0' | '&#0;!-/-/\'=\'>>ax?!x"&\'<!&/&#0;'
