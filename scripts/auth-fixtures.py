"""Writes fixtures/auth/signed and fixtures/auth/digest: one request per auth
type and option, each checked by the test server (tests/it/support/verify.rs).
Run from anywhere: python3 scripts/auth-fixtures.py"""
import json
import os
root=os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','fixtures','auth')+'/'
rsa=open(root+'keys/rsa.pem').read()
ec=open(root+'keys/ec.pem').read()
ec521=open(root+'keys/ec521.pem').read()
def auth(kind, **params):
    return {"type": kind, kind: [{"key": k, "value": v, "type": "boolean" if isinstance(v, bool) else "string"} for k, v in params.items()]}
TEST=["pm.test('authenticated', function () {", "    pm.expect(pm.response.code, pm.response.text()).to.equal(200);", "});"]
def item(name, method, path, a=None, body=None, headers=None, tests=TEST):
    req={"method": method, "header": headers or [], "url": "{{baseUrl}}"+path}
    if a is not None: req["auth"]=a
    if body is not None: req["body"]=body
    return {"name": name, "event":[{"listen":"test","script":{"type":"text/javascript","exec":tests}}], "request": req}
digest_user=dict(username="{{user}}", password="{{password}}")
raw=lambda text: {"mode":"raw","raw":text}
items=[
 item("digest MD5 qop auth","GET","/auth/digest/MD5/auth",auth("digest",**digest_user)),
 {"name":"digest folder (the challenge is kept for the folder's auth)","auth":auth("digest",algorithm="SHA-256",**digest_user),"item":[
   item("first: challenge, then signed","GET","/auth/digest/SHA-256/auth?n=1"),
   item("second: signed at once, next nonce count","GET","/auth/digest/SHA-256/auth?n=2"),
 ]},
 item("digest MD5-sess auth-int with a body","POST","/auth/digest/MD5-sess/auth-int",auth("digest",algorithm="MD5-sess",**digest_user),body=raw("{\"hello\": \"digest\"}")),
 item("digest without qop","GET","/auth/digest/MD5/none",auth("digest",**digest_user)),
 item("digest SHA-512-256","GET","/auth/digest/SHA-512-256/auth",auth("digest",algorithm="SHA-512-256",**digest_user)),
 item("oauth1 HMAC-SHA1 in the header","GET","/auth/oauth1?q=a b&x=1",auth("oauth1",consumerKey="{{ck}}",consumerSecret="{{cs}}",token="tk",tokenSecret="{{ts}}",signatureMethod="HMAC-SHA1",version="1.0",realm="postrun",addParamsToHeader=True,timestamp="1700000000",nonce="fixedNonce1")),
 item("oauth1 HMAC-SHA256 in the query","GET","/auth/oauth1?page=2",auth("oauth1",consumerKey="{{ck}}",consumerSecret="{{cs}}",token="tk",tokenSecret="{{ts}}",signatureMethod="HMAC-SHA256",version="1.0",addParamsToHeader=False,timestamp="1700000000",nonce="fixedNonce2")),
 item("oauth1 HMAC-SHA512 in a form body","POST","/auth/oauth1",auth("oauth1",consumerKey="{{ck}}",consumerSecret="{{cs}}",token="tk",tokenSecret="{{ts}}",signatureMethod="HMAC-SHA512",version="1.0",addParamsToHeader=False,timestamp="1700000000",nonce="fixedNonce3"),body={"mode":"urlencoded","urlencoded":[{"key":"name","value":"a b+c"},{"key":"n","value":"1"}]}),
 item("oauth1 PLAINTEXT","GET","/auth/oauth1",auth("oauth1",consumerKey="{{ck}}",consumerSecret="{{cs}}",token="tk",tokenSecret="{{ts}}",signatureMethod="PLAINTEXT",version="1.0",addParamsToHeader=True,timestamp="1700000000",nonce="fixedNonce4")),
 item("awsv4 with a body and a session token","POST","/auth/aws?b=2&a=1",auth("awsv4",accessKey="{{awsKey}}",secretKey="{{awsSecret}}",region="eu-west-1",service="execute-api",sessionToken="session-tok"),body=raw("{\"aws\": true}"),headers=[{"key":"Content-Type","value":"application/json"}]),
 item("awsv4 GET","GET","/auth/aws",auth("awsv4",accessKey="{{awsKey}}",secretKey="{{awsSecret}}",region="us-east-1",service="s3")),
 item("awsv4 in the query","GET","/auth/aws?list=1",auth("awsv4",accessKey="{{awsKey}}",secretKey="{{awsSecret}}",region="eu-central-1",service="execute-api",addAuthDataToQuery=True)),
 item("hawk with a payload hash","POST","/auth/hawk",auth("hawk",authId="{{hawkId}}",authKey="{{hawkKey}}",algorithm="sha256",includePayloadHash=True,extraData="some-app-data",timestamp="1700000000",nonce="abc123"),body=raw("hawk body"),headers=[{"key":"Content-Type","value":"text/plain"}]),
 item("hawk with app and dlg","GET","/auth/hawk?x=1",auth("hawk",authId="{{hawkId}}",authKey="{{hawkKey}}",algorithm="sha256",app="app-1",delegation="dlg-1",timestamp="1700000000",nonce="def456")),
 item("jwt HS256 in the header","GET","/auth/jwt",auth("jwt",algorithm="HS256",secret="{{jwtSecret}}",payload="{\"sub\": \"{{user}}\", \"admin\": true}",header="{\"typ\": \"JWT\"}",addTokenTo="header",headerPrefix="Bearer")),
 item("jwt HS256 in the query","GET","/auth/jwt",auth("jwt",algorithm="HS256",secret="{{jwtSecret}}",payload="{\"n\": 1}",addTokenTo="queryParam",queryParamKey="token")),
 item("jwt RS256","GET","/auth/jwt",auth("jwt",algorithm="RS256",privateKey=rsa,payload="{\"iss\": \"postrun\"}")),
 item("jwt PS256","GET","/auth/jwt",auth("jwt",algorithm="PS256",privateKey=rsa,payload="{}")),
 item("jwt ES256","GET","/auth/jwt",auth("jwt",algorithm="ES256",privateKey=ec,payload="{}")),
 item("asap RS256","GET","/auth/jwt",auth("asap",alg="RS256",kid="postrun/key-1",iss="postrun",aud="api.test",privateKey=rsa,claims="{\"scope\": \"read\"}"),tests=TEST+["var claims = pm.response.json().claims, header = pm.response.json().header;","pm.test('asap claims', function () {","    pm.expect([header.kid, claims.iss, claims.sub, claims.aud, claims.scope]).to.eql(['postrun/key-1', 'postrun', 'postrun', 'api.test', 'read']);","    pm.expect(claims.exp - claims.iat).to.equal(3600);","});"]),
 item("oauth1 RSA-SHA256","GET","/auth/oauth1?r=1",auth("oauth1",consumerKey="{{ck}}",privateKey=rsa,token="tk",signatureMethod="RSA-SHA256",version="1.0",addParamsToHeader=True,timestamp="1700000000",nonce="fixedNonce5")),
 item("jwt ES512","GET","/auth/jwt",auth("jwt",algorithm="ES512",privateKey=ec521,payload="{}")),
 item("edgegrid GET","GET","/auth/edgegrid?a=1",auth("edgegrid",clientToken="{{egClient}}",accessToken="{{egAccess}}",clientSecret="{{egSecret}}")),
 item("edgegrid POST with a body","POST","/auth/edgegrid",auth("edgegrid",clientToken="{{egClient}}",accessToken="{{egAccess}}",clientSecret="{{egSecret}}"),body=raw("edge body")),
 item("oauth2 saved token in the header","GET","/auth/bearer/saved-token-1",auth("oauth2",accessToken="saved-token-1",tokenType="Bearer",addTokenTo="header")),
 item("oauth2 saved token in the query","GET","/auth/bearer/saved-token-2",auth("oauth2",accessToken="saved-token-2",addTokenTo="queryParams")),
]
NO_AUTH=["var h = pm.response.json().headers;","pm.test('authorization sent', function () {","    pm.expect(h.authorization || null).to.equal(pm.variables.get('expected') || null);","});","pm.test('x-key sent', function () {","    pm.expect(h['x-key'] || null).to.equal(null);","});"]
empty=[
 item("bearer with an empty token sends no header","GET","/headers",auth("bearer",token="{{emptyToken}}"),tests=NO_AUTH),
 item("basic with empty fields","GET","/headers",auth("basic",username="",password=""),tests=["pm.test('basic sent', function () {","    pm.expect(pm.response.json().headers.authorization).to.equal('Basic Og==');","});"]),
 item("apikey with empty key and value","GET","/headers",auth("apikey",key="",value="",**{"in":"header"}),tests=NO_AUTH),
 item("apikey with a key and an empty value","GET","/headers",auth("apikey",key="x-key",value=""),tests=["pm.test('empty header sent', function () {","    pm.expect(pm.response.json().headers['x-key']).to.equal('');","});"]),
 item("oauth2 without a token sends nothing","GET","/headers",auth("oauth2",accessToken="",addTokenTo="header"),tests=NO_AUTH),
]
variables=[{"key":k,"value":v} for k,v in dict(user="postman",password="password",ck="ck-postrun",cs="cs-secret",ts="ts-secret",awsKey="AKIDPOSTRUN",awsSecret="aws-secret/K7MDENG+bPxRfiCYEXAMPLEKEY",hawkId="dh37fgj492je",hawkKey="werxhqb98rpaxn39848xrunpaw3489ruxnpa98w4rxn",jwtSecret="jwt-secret-for-tests",egClient="akab-client",egAccess="akab-access",egSecret="edge-secret=",emptyToken="").items()]
items.append(item("digest with disableRetryRequest stays at the 401","GET","/auth/digest/MD5/auth?no-retry=1",auth("digest",disableRetryRequest=True,**digest_user),tests=["pm.test('not retried', function () { pm.expect(pm.response.code).to.equal(401); });"]))
digest=[i for i in items if i["name"].startswith("digest")]
signed=[i for i in items if not i["name"].startswith("digest")]
def write(name, title, folders):
    col={"info":{"name":title,"schema":"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},"item":folders,"variable":variables}
    json.dump(col, open(root+name+'.postman_collection.json','w'), indent=2)
write("signed","auth types, verified by the server",[{"name":"signed","item":signed},{"name":"empty fields","item":empty}])
write("digest","digest auth: the challenge round trip, verified by the server",digest)
ntlm=[
 item("ntlm with DOMAIN\\user","GET","/auth/ntlm",auth("ntlm",username="corp\\{{user}}",password="{{password}}")),
 item("ntlm with its own domain and workstation","GET","/auth/ntlm?w=1",auth("ntlm",username="{{user}}",password="{{password}}",domain="corp",workstation="ci-runner")),
 item("ntlm with user@domain","POST","/auth/ntlm",auth("ntlm",username="{{user}}@corp.example",password="{{password}}"),body=raw("ntlm body")),
]
write("ntlm","ntlm auth: the negotiate/challenge/authenticate handshake, verified by the server",ntlm)
